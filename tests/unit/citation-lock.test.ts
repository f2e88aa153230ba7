import { describe, expect, it } from 'vitest';
import {
  checkCitations,
  citationsOf,
  parseLock,
  updateLock,
  type CitationLock,
  type PassageTexts,
} from '../../src/lib/citation-lock';

// A fictional source: one more paragraph opening has moved "The ferry sails at noon." from p2 to p3.
const before: PassageTexts = new Map([
  [
    'harbour-report',
    new Map([
      ['p1', 'Gulls.'],
      ['p2', 'The ferry sails at noon.'],
      ['s1', 'Gulls.'],
    ]),
  ],
]);
const after: PassageTexts = new Map([
  [
    'harbour-report',
    new Map([
      ['p1', 'Gulls.'],
      ['p2', 'Rain fell.'],
      ['p3', 'The ferry sails at noon.'],
      ['s1', 'Gulls.'],
    ]),
  ],
]);
const article = {
  id: 'ferry',
  file: 'content/articles/ferry.mdx',
  sources: ['harbour-report'],
  body: 'Intro.\n\n<Cite passage="p2" block />\n\nAnd <Cite passage="s1" />.',
  firstLine: 10,
};
const citations = citationsOf(article);
const recorded: CitationLock = {
  ferry: {
    'harbour-report#p2': 'The ferry sails at noon.',
    'harbour-report#s1': 'Gulls.',
  },
};

describe('citationsOf', () => {
  const at = { article: 'ferry', file: 'content/articles/ferry.mdx', source: 'harbour-report' };

  it('lists every <Cite> with the source it quotes and its line in the file', () => {
    expect(citations).toEqual([
      { ...at, line: 12, passage: 'p2', component: 'Cite' },
      { ...at, line: 14, passage: 's1', component: 'Cite' },
    ]);
  });

  it('lists every passage an <Evidence> marker shows in its popover, so a moved paragraph fails it too', () => {
    const claim = { ...article, body: 'The ferry is late.<Evidence passage="p2 s1" />' };
    expect(citationsOf(claim)).toEqual([
      { ...at, line: 10, passage: 'p2', component: 'Evidence' },
      { ...at, line: 10, passage: 's1', component: 'Evidence' },
    ]);
    expect(checkCitations(citationsOf(claim), after, recorded, { requireRecorded: true })[0]).toMatch(
      /^content\/articles\/ferry\.mdx:10: <Evidence passage="p2">: passage "p2" of "harbour-report" now shows "Rain fell\."/,
    );
  });
});

describe('checkCitations', () => {
  it('passes citations that show the words recorded for them', () => {
    expect(checkCitations(citations, before, recorded, { requireRecorded: true })).toEqual([]);
  });

  it('fails a citation whose passage now shows other words, naming the article, the passage and where the words went', () => {
    const errors = checkCitations(citations, after, recorded, { requireRecorded: true });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^content\/articles\/ferry\.mdx:12: <Cite passage="p2">: passage "p2" of "harbour-report" now shows "Rain fell\."/,
    );
    expect(errors[0]).toMatch(/recorded when the citation was written, "The ferry sails at noon\."/);
    expect(errors[0]).toMatch(/The recorded words are now passage "p3": write passage="p3"/);
  });

  it('says so when the recorded words are nowhere in the source', () => {
    const gone: PassageTexts = new Map([
      [
        'harbour-report',
        new Map([
          ['p2', 'Rain fell.'],
          ['s1', 'Gulls.'],
        ]),
      ],
    ]);
    expect(checkCitations(citations, gone, recorded, { requireRecorded: true })[0]).toMatch(
      /No passage of the source shows the recorded words any more/,
    );
  });

  it('asks for a citation not recorded yet to be recorded, except where told not to (the dev server)', () => {
    const partial: CitationLock = { ferry: { 'harbour-report#s1': 'Gulls.' } };
    expect(checkCitations(citations, before, partial, { requireRecorded: true })).toEqual([
      expect.stringMatching(
        /ferry\.mdx:12: <Cite passage="p2">: the words this citation shows are not recorded in content\/citations\.lock\.json; run `npm run citations`/,
      ),
    ]);
    expect(checkCitations(citations, before, partial, { requireRecorded: false })).toEqual([]);
  });
});

describe('updateLock', () => {
  it('records new citations and forgets removed ones, sorted', () => {
    const { lock, added, removed } = updateLock(citations, before, { gone: { 'harbour-report#p1': 'Gulls.' } }, false);
    expect(lock).toEqual(recorded);
    expect(Object.keys(lock.ferry!)).toEqual(['harbour-report#p2', 'harbour-report#s1']);
    expect(added).toHaveLength(2);
    expect(removed).toEqual(['gone: harbour-report#p1']);
  });

  it('keeps the recorded words of a changed citation, so the build still fails on it, unless accepted', () => {
    const kept = updateLock(citations, after, recorded, false);
    expect(kept.changed).toEqual([
      expect.stringMatching(/ferry\.mdx:12: harbour-report#p2: was "The ferry sails at noon\.", now "Rain fell\."/),
    ]);
    expect(kept.lock).toEqual(recorded);
    expect(updateLock(citations, after, recorded, true).lock.ferry!['harbour-report#p2']).toBe('Rain fell.');
  });
});

describe('parseLock', () => {
  it.each([[[]], [{ a: 'x' }], [{ a: { b: 1 } }], [null]])(
    'refuses %j with a message saying how to rewrite it',
    (json) => {
      expect(() => parseLock(json)).toThrow(/content\/citations\.lock\.json: expected .* run it again/);
    },
  );
});
