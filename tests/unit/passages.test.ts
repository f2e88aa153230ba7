import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexPassages, segmentSentences, slugify, splitPassages, StructureError } from '../../src/lib/passages';

const raw = readFileSync('content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.txt', 'utf8');
const body = raw.split('\n')[1]!;
const meta = JSON.parse(readFileSync('content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.json', 'utf8'));

describe('segmentSentences', () => {
  it.each([
    [
      'joins an initialism that is not a sentence end',
      'On October 13, U.S. President Trump spoke. Then he left.',
      ['On October 13, U.S. President Trump spoke.', 'Then he left.'],
    ],
    ['joins a title abbreviation', 'Dr. Smith arrived. She sat.', ['Dr. Smith arrived.', 'She sat.']],
    [
      'keeps a quotation that ends a sentence',
      'He said “two states.” Then silence.',
      ['He said “two states.”', 'Then silence.'],
    ],
    ['keeps an unfinished last sentence', 'It began. At that time, 76...', ['It began.', 'At that time, 76...']],
  ])('%s', (_, text, expected) => {
    expect(segmentSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives offsets that point at each sentence in the text', () => {
    for (const s of segmentSentences(body)) expect(body.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe('splitPassages on the source document', () => {
  const blocks = splitPassages(body, meta.structure);
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');

  it('numbers 13 paragraphs and 26 sentences in order', () => {
    expect(paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 13 }, (_, i) => `p${i + 1}`));
    const sentences = paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
    expect(sentences).toEqual(Array.from({ length: 26 }, (_, i) => `s${i + 1}`));
  });

  it('recognises the flattened sub-heading and takes it out of the sentence it sat in', () => {
    const heading = blocks.find((b) => b.kind === 'heading');
    expect(heading).toEqual({
      kind: 'heading',
      id: 'a-delicate-diplomatic-position',
      text: 'A Delicate Diplomatic Position',
    });
    const next = blocks[blocks.indexOf(heading!) + 1];
    expect(next?.kind === 'paragraph' && next.sentences[0]?.text).toBe(
      'Kazakhstan has consistently supported international peacekeeping efforts.',
    );
  });

  it.each([
    ['s1', 'On Monday, the Palestinian group Hamas handed over the final 20 surviving hostages'],
    ['s3', 'On October 13, U.S. President Donald Trump addressed the Knesset in Israel'],
    ['s7', 'Trump described the agreement as the "beginning of a new security architecture for the region,” though'],
    ['s20', 'Bilateral trade between Kazakhstan and Israel exceeded $450 million in 2023'],
    ['s26', 'At that time, 76...'],
  ])('sentence %s starts with the source words, quotation marks as received', (id, start) => {
    expect(indexPassages(blocks).get(id)?.text.startsWith(start)).toBe(true);
  });

  it('loses no character: paragraphs and the heading rebuild the body', () => {
    const rebuilt = blocks.map((b) => b.text).join(' ');
    expect(rebuilt).toBe(body);
  });

  it('gives every passage a distinct id', () => {
    const ids = [...indexPassages(blocks).keys()];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('splitPassages rejects a structure that does not fit the text', () => {
  it.each([
    [
      'a heading that is not in the text',
      { paragraphs: ['On Monday,'], headings: ['A Missing Heading'] },
      'headings[0]',
    ],
    [
      'a paragraph start that opens no sentence',
      { paragraphs: ['On Monday,', 'Nowhere in the text'], headings: [] },
      'paragraphs[1]',
    ],
    [
      'paragraph starts out of order',
      { paragraphs: ['On Monday,', 'For Astana,', 'The ongoing war'], headings: [] },
      'paragraphs[2]',
    ],
    ['a first start that is not the first sentence', { paragraphs: ['By midweek,'], headings: [] }, 'paragraphs[0]'],
    ['no paragraph starts', { paragraphs: [], headings: [] }, 'paragraphs'],
  ])('%s', (_, structure, field) => {
    expect(() => splitPassages(body, structure)).toThrow(StructureError);
    try {
      splitPassages(body, structure);
    } catch (e) {
      expect((e as StructureError).field).toBe(field);
    }
  });
});

describe('slugify', () => {
  it.each([
    ['A Delicate Diplomatic Position', 'a-delicate-diplomatic-position'],
    ['Türkiye’s role, explained', 'turkiye-s-role-explained'],
    ['  $450 million  ', '450-million'],
  ])('%s → %s', (text, slug) => expect(slugify(text)).toBe(slug));
});
