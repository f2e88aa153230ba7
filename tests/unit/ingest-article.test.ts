import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guessTopics, renderArticle } from '../../src/lib/ingest/article';
import { checkOptions, decodeDocument, IngestError, slugFor } from '../../src/lib/ingest/input';
import { outline } from '../../src/lib/ingest/outline';
import { sourceParts, splitPassages } from '../../src/lib/passages';
import { articleSchema } from '../../src/lib/schemas';

const topics = JSON.parse(readFileSync('content/topics.json', 'utf8')) as { id: string; name: string }[];
const raw = readFileSync('content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.txt', 'utf8');

const draftFor = (text: string, published = '2025-10-13', arrived = { ourBreaks: true, recoveredHeadings: 1 }) => {
  const { headline, body } = sourceParts(text);
  const blocks = splitPassages(body, outline(body).structure);
  const mdx = renderArticle({
    slug: 'report',
    headline,
    publisher: 'The Times of Central Asia',
    published,
    excerpt: true,
    blocks,
    topics,
    ...arrived,
  });
  const [, frontmatter, body2] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx)!;
  return { mdx, data: parse(frontmatter!), body: body2! };
};

describe('the draft article for our source document', () => {
  const { data, body } = draftFor(raw);

  it('has frontmatter the article schema accepts, marked as a draft report', () => {
    const parsed = articleSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(data).toMatchObject({ draft: true, format: 'report', sources: ['report'] });
  });

  it('takes its title from the headline and its date from the publication date, deterministically', () => {
    expect(data.title).toBe('Kazakhstan Maintains Diplomatic Balance Following Gaza Ceasefire');
    expect(data.published).toBe('2025-10-13T00:00:00+00:00');
    expect(data.dek).toContain('Monday 13 October 2025');
    expect(data.dek).toContain('excerpt');
  });

  it('is shaped like our published report: the whole source, its paragraphs keeping their passage ids', () => {
    const published = readFileSync('content/articles/kazakhstan-maintains-diplomatic-balance.mdx', 'utf8');
    const components = (mdx: string) => mdx.match(/^<\w+[^>]*\/>$/gm);
    expect(components(body)).toEqual(['<SourceText />']);
    expect(components(body)).toEqual(components(published));
    expect(body).not.toMatch(/^## /m);
  });

  it.each([
    [
      { ourBreaks: true, recoveredHeadings: 1 },
      'It arrived as one block of text: the paragraph breaks are ours, and its one sub-heading has been put back where it sat inside the text. Not a word has been changed.',
    ],
    [{ ourBreaks: false, recoveredHeadings: 2 }, 'Its sub-headings have been put back where they sat inside the text.'],
    [{ ourBreaks: false, recoveredHeadings: 0 }, 'This is the report as it reached us. Not a word has been changed.'],
  ])('tells readers what was done to the text as it arrived (%o)', (arrived, words) => {
    expect(draftFor(raw, '2025-10-13', arrived).body).toContain(words);
  });

  it('files it under the topics whose names the report uses', () => {
    expect(data.topics).toEqual(['kazakhstan-foreign-policy', 'gaza-ceasefire', 'kazakhstan-israel-palestine']);
  });
});

describe('guessTopics', () => {
  it.each([
    ['Gaza ceasefire holds', ['gaza-ceasefire']],
    ['Kazakhstan’s foreign policy, Israel and Palestine', ['kazakhstan-foreign-policy', 'kazakhstan-israel-palestine']],
    ['Nothing related', []],
  ])('%s', (text, expected) => {
    expect(guessTopics(text, topics)).toEqual(expected);
  });

  it('falls back to the first topic, with a TODO, when none matches', () => {
    const { data, mdx } = draftFor('Weather Report For Almaty\nIt rained.');
    expect(data.topics).toEqual([topics[0]!.id]);
    expect(mdx).toContain('# TODO: no topic name matched');
  });
});

describe('decodeDocument rejects what is not a report', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['only blank lines', bytes('\n \r\n\n'), /empty/],
    ['binary data', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]), /binary/],
    ['Windows-1252 text', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x41, 0x2e]), /not valid UTF-8/],
    ['more than 1 MB', new Uint8Array(1024 * 1024 + 1).fill(0x61), /at most 1 MB/],
    ['a blank first line', bytes('\nBody text here.'), /no headline/],
    ['a paragraph on line 1', bytes('It began. It went on for a while. Then it ended.\nMore.'), /not a headline/],
    ['a sub-heading on line 1', bytes('## Part One\nBody.'), /sub-heading/],
    ['a headline and nothing else', bytes('Headline here\n\n'), /no report below it/],
  ])('%s', (_, input, message) => {
    expect(() => decodeDocument(input, 'in.txt')).toThrow(IngestError);
    expect(() => decodeDocument(input, 'in.txt')).toThrow(message);
  });

  it('keeps the text exactly, byte order mark and CRLF included', () => {
    expect(decodeDocument(bytes('\uFEFFHeadline here\r\nBody.\r\n'), 'in.txt')).toBe(
      '\uFEFFHeadline here\r\nBody.\r\n',
    );
  });
});

describe('checkOptions', () => {
  const good = { publisher: 'The Times of Central Asia', published: '2025-10-13', url: 'https://timesca.com/?p=37371' };
  it.each([
    ['a missing --published', { ...good, published: undefined }, /--published: missing/],
    ['an impossible date', { ...good, published: '2025-02-30' }, /--published: "2025-02-30" is not valid/],
    ['a date in another format', { ...good, published: '13/10/2025' }, /YYYY-MM-DD/],
    ['a missing --publisher', { ...good, publisher: ' ' }, /--publisher: missing/],
    ['an http address', { ...good, url: 'http://timesca.com/' }, /--url: .*https/],
    ['a slug with capitals', { ...good, slug: 'My-Story' }, /--slug: "My-Story"/],
    ['a slug longer than a file name allows', { ...good, slug: 'a'.repeat(251) }, /--slug: 251 characters is too long/],
  ])('rejects %s', (_, options, message) => {
    expect(() => checkOptions(options)).toThrow(message);
  });

  it('accepts good options', () => {
    expect(checkOptions({ ...good, slug: 'gaza-talks' })).toEqual({ ...good, slug: 'gaza-talks' });
  });
});

describe('slugFor', () => {
  it.each([
    [
      'Kazakhstan Maintains Diplomatic Balance Following Gaza Ceasefire',
      'kazakhstan-maintains-diplomatic-balance-following-gaza',
    ],
    ['Türkiye’s Role', 'turkiye-s-role'],
    ['¿¡!?', 'report'],
    [
      'A Very Long Headline About the Water Agreement Signed by Kazakhstan and Uzbekistan in Tashkent',
      'a-very-long-headline-about-the-water-agreement-signed-by',
    ],
  ])('%s → %s', (headline, slug) => {
    expect(slugFor(headline)).toBe(slug);
  });
});
