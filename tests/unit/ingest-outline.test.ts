import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endsMidSentence, findHeadings, flattenedHeading, isTitleLine, outline } from '../../src/lib/ingest/outline';
import { indexPassages, sourceParts, splitPassages } from '../../src/lib/passages';

const raw = readFileSync('content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.txt', 'utf8');
const { body } = sourceParts(raw);
const meta = JSON.parse(readFileSync('content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.json', 'utf8'));

describe('sub-headings in our source document', () => {
  it('finds exactly the one flattened into the running text', () => {
    expect(findHeadings(body)).toEqual([{ text: 'A Delicate Diplomatic Position', found: 'flattened' }]);
  });

  it('outlines it so that every sentence keeps the id and words the site already uses', () => {
    const ours = indexPassages(splitPassages(body, outline(body).structure));
    const site = indexPassages(splitPassages(body, meta.structure));
    for (let n = 1; n <= 26; n++) expect(ours.get(`s${n}`)?.text).toBe(site.get(`s${n}`)?.text);
    expect(ours.get('a-delicate-diplomatic-position')?.kind).toBe('heading');
  });
});

describe('flattenedHeading', () => {
  it.each([
    [
      'A Delicate Diplomatic Position Kazakhstan has consistently supported international peacekeeping efforts.',
      'A Delicate Diplomatic Position',
    ],
    ['Talks in Cairo Officials met again on Sunday.', 'Talks in Cairo'],
    ['Trade and Water Cooperation in water management has continued.', 'Trade and Water'],
    ['A Shared River Kazakhstan and Uzbekistan signed an agreement on Thursday.', 'A Shared River'],
    ['Next Steps Tajikistan and Kyrgyzstan are expected to follow.', 'Next Steps'],
  ])('finds the heading in "%s"', (sentence, heading) => {
    expect(flattenedHeading(sentence)).toBe(heading);
  });

  it.each([
    ['a sentence that opens with a name', 'Kazakhstan recognized the State of Palestine in 1992.'],
    ['a title and a name', 'President Donald Trump addressed the Knesset in Israel.'],
    ['a longer title and a name', 'Israeli Prime Minister Benjamin Netanyahu spoke on Monday.'],
    ['a date at the start', 'On October 13, U.S. President Donald Trump addressed the Knesset in Israel.'],
    ['an ordinary opening', 'At the same time, Kazakhstan maintains relatively strong relations with Israel.'],
    ['two capitalised words only', 'Washington Post reported it.'],
    ['a title-case run with nothing after it', 'Middle East Peace Talks Resume in Cairo'],
    // Two names joined by "and" open an ordinary sentence: no heading ends in a conjunction.
    ['two countries signing', 'Kazakhstan and Uzbekistan signed an agreement on water sharing.'],
    ['two countries expected to follow', 'Tajikistan and Kyrgyzstan are expected to follow next year.'],
    ['a run ending in a preposition', 'Talks on Uzbekistan hosted the envoys on Monday.'],
    ['a name cut in two', 'United Nations Secretary-General António Guterres welcomed the deal.'],
    ['what is left has no verb', 'Water and Energy Ministers of the five states.'],
  ])('finds none in %s', (_, sentence) => {
    expect(flattenedHeading(sentence)).toBeNull();
  });
});

describe('isTitleLine', () => {
  it.each([
    ['A Delicate Diplomatic Position', true],
    ['Talks in Cairo', true],
    ['What Comes Next?', true],
    ['Kazakhstan has consistently supported international peacekeeping efforts.', false],
    ['By The Times of Central Asia', false],
    ['Talks in', false],
    ['A heading in sentence case', false],
    ['At that time, 76...', false],
  ])('"%s" → %s', (line, expected) => {
    expect(isTitleLine(line)).toBe(expected);
  });
});

describe('findHeadings on structured text', () => {
  it.each([
    ['a Markdown ## line', '\n## Astana’s Position\n\nKazakhstan has consistently supported it.', 'markdown'],
    ['a title-case line of its own', 'One sentence here.\nA Delicate Diplomatic Position\nAnother one here.', 'line'],
    [
      'words flattened into a blank-line paragraph',
      'One sentence here.\n\nIt ended. A Delicate Diplomatic Position Kazakhstan has consistently supported it.',
      'flattened',
    ],
  ])('%s', (_, text, found) => {
    expect(findHeadings(text).map((h) => h.found)).toEqual([found]);
  });
});

describe('endsMidSentence', () => {
  it.each([
    ['At that time, 76...', true],
    ['It stops here…', true],
    ['and the report goes on to', true],
    ['It ended.', false],
    ['He said “two states for two peoples.”', false],
    ['Will it hold?', false],
    ['It ended.\r\n\r\n', false],
  ])('"%s" → %s', (text, expected) => {
    expect(endsMidSentence(text)).toBe(expected);
  });
});
