import { describe, expect, it } from 'vitest';
import {
  coverage,
  excerpt,
  matches,
  normalise,
  passageAt,
  passageEnd,
  passagesOf,
  queryTerms,
  rankPassages,
  sectionTitle,
  withFragment,
  type PageResult,
  type Passage,
  type SearchAnchor,
} from '../../src/lib/search';

// The source page as Pagefind records it: paragraphs, each starting with its first sentence.
const SOURCE: SearchAnchor[] = [
  { element: 'p', id: 'p1', location: 0, title: 'Paragraph 1' },
  { element: 'span', id: 's1', location: 0 },
  { element: 'span', id: 's2', location: 4 },
  { element: 'p', id: 'p2', location: 9, title: 'Paragraph 2' },
  { element: 'span', id: 's3', location: 9 },
];
// An article: a heading, then paragraphs; an island's own id and a div's are not passages.
const ARTICLE: SearchAnchor[] = [
  { element: 'h2', id: 'the-exchange', location: 0, text: 'The exchange' },
  { element: 'p', id: 'the-exchange-p1', location: 2 },
  { element: 'astro-island', id: 'Z18JoU5', location: 20 },
  { element: 'li', id: 'event-trade-with-israel-2023', location: 20, title: '2023: Trade with Israel' },
  { element: 'div', id: 'wrapper', location: 40 },
];

describe('passageAt', () => {
  it.each([
    ['the first word of the page', SOURCE, 0, 's1'],
    ['a word inside the first sentence', SOURCE, 2, 's1'],
    ['the first word of a second sentence', SOURCE, 4, 's2'],
    ['a word in a later paragraph', SOURCE, 12, 's3'],
    ['a word under a heading, in its paragraph', ARTICLE, 5, 'the-exchange-p1'],
    ['the heading itself', ARTICLE, 1, 'the-exchange'],
    ['a timeline event, not the island that holds it', ARTICLE, 25, 'event-trade-with-israel-2023'],
    ['past a div with an id, which is not a passage', ARTICLE, 45, 'event-trade-with-israel-2023'],
  ])('%s', (_, anchors, location, id) => {
    expect(passageAt(anchors, location)?.id).toBe(id);
  });

  it('finds nothing before the first passage', () => {
    expect(passageAt([{ element: 'p', id: 'p1', location: 5 }], 2)).toBeUndefined();
  });
});

describe('passageEnd', () => {
  it.each([
    ['a sentence ends where the next begins', SOURCE, 's1', 4],
    ['a paragraph’s first sentence ends before its second', SOURCE, 'p1', 4],
    ['the last passage runs to the end of the page', SOURCE, 's3', 30],
    ['a div with an id does not end a passage', ARTICLE, 'event-trade-with-israel-2023', 30],
  ])('%s', (_, anchors, id, end) => {
    expect(
      passageEnd(
        anchors,
        anchors.find((a) => a.id === id)!,
        30,
      ),
    ).toBe(end);
  });
});

describe('sectionTitle', () => {
  it.each([
    ['a sentence takes its paragraph’s title', SOURCE, 4, 'Paragraph 1'],
    ['a later paragraph’s own', SOURCE, 9, 'Paragraph 2'],
    ['an article paragraph takes its heading', ARTICLE, 2, 'The exchange'],
    ['an event its own title', ARTICLE, 20, '2023: Trade with Israel'],
    ['before any title, the page’s', [{ element: 'p', id: 'p1', location: 0 }], 0, 'The page'],
  ])('%s', (_, anchors, location, title) => {
    expect(sectionTitle(anchors, location, 'The page')).toBe(title);
  });
});

describe('normalise and queryTerms', () => {
  it.each([
    ['$450', '450'],
    ['Zheldibay.', 'zheldibay'],
    ['Astana’s', 'astanas'],
    ['“two', 'two'],
  ])('%s → %s', (word, expected) => {
    expect(normalise(word)).toBe(expected);
  });

  it.each([
    ['450 million', ['450', 'million']],
    ['"two states for two peoples"', ['two', 'states', 'for', 'two', 'peoples']],
    ['  two-stage  ', ['two', 'stage']],
    ['', []],
  ])('%j → %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
});

describe('matches', () => {
  it.each([
    ['the word itself', 'zheldibay', 'zheldibay', false, true],
    ['a plural', 'states', 'state', false, true],
    ['a longer word, not last', 'foreign', 'for', false, false],
    ['a longer word, being typed last', 'zheldibay', 'zheld', true, true],
    ['another word', 'peace', 'peoples', true, false],
  ])('%s', (_, word, term, last, expected) => {
    expect(matches(word, term, last)).toBe(expected);
  });

  // Words Pagefind found for the query by their stem: the ending may change by more than two letters.
  it.each([
    ['a Russian case ending, found by Pagefind', 'заложников', 'заложники', true, true],
    ['the same word, not found by Pagefind', 'заложников', 'заложники', false, false],
    ['a Russian plural from its singular', 'переговоров', 'переговоры', true, true],
    ['a short stem', 'народы', 'народов', true, true],
    ['an English derivation, found by Pagefind', 'negotiations', 'negotiate', true, true],
    ['a short word inside a longer one, even when found', 'foreign', 'for', true, false],
    ['two words that share only a beginning', 'государство', 'голос', true, false],
  ])('%s', (_, word, term, found, expected) => {
    expect(matches(word, term, false, found)).toBe(expected);
  });
});

describe('coverage', () => {
  const words = 'the Foreign Ministry emphasizes the principle of “two states for two peoples.” Bilateral'.split(' ');
  it.each([
    ['every word, in order', ['two', 'states', 'for', 'two', 'peoples'], { all: true, phrase: true }],
    ['every word, not in order', ['peoples', 'two'], { all: true, phrase: false }],
    ['a word being typed, last', ['princip'], { all: true, phrase: true }],
    ['a short word inside a longer one, not last', ['min', 'principle'], { all: false, phrase: false }],
    ['a word missing', ['two', 'nations'], { all: false, phrase: false }],
  ])('%s', (_, terms, expected) => {
    expect(coverage(words, terms)).toEqual(expected);
  });

  it('finds a Russian word in another case where Pagefind found it, and only there', () => {
    const russian = 'ХАМАС передал Израилю последних 20 заложников'.split(' ');
    expect(coverage(russian, ['заложники'], new Set([5]))).toEqual({ all: true, phrase: true });
    expect(coverage(russian, ['заложники'])).toEqual({ all: false, phrase: false });
  });
});

describe('excerpt', () => {
  const words = Array.from({ length: 60 }, (_, i) => (i === 30 ? 'Zheldibay.' : `w${i}`));
  const shown = excerpt(words, ['zheldibay']);

  it('marks the matched word', () => {
    expect(shown.filter((w) => w.match).map((w) => w.text)).toEqual(['Zheldibay.']);
  });

  it('shows a window that starts a little before the match, with ellipses where it cuts', () => {
    expect(shown[0]).toEqual({ text: '…', match: false });
    expect(shown[1]!.text).toBe('w22');
    expect(shown.at(-1)).toEqual({ text: '…', match: false });
  });

  it('centres on the phrase, not on an earlier lone word', () => {
    const text = ['two', ...Array.from({ length: 40 }, (_, i) => `w${i}`), 'two', 'peoples'];
    const window = excerpt(text, ['two', 'peoples']).map((w) => w.text);
    expect(window).toContain('peoples');
    expect(window[0]).toBe('…');
  });

  it('shows a short passage whole', () => {
    expect(excerpt(['Ruslan', 'Zheldibay.'], ['zheldibay']).map((w) => w.text)).toEqual(['Ruslan', 'Zheldibay.']);
  });
});

describe('withFragment', () => {
  it.each([
    ['/sources/report/', 'p4', '/sources/report/#p4'],
    ['/sources/report/#p4', 's12', '/sources/report/#s12'],
    ['/timeline/', 'event-trade-with-israel-2023', '/timeline/#event-trade-with-israel-2023'],
  ])('%s + %s → %s', (url, id, expected) => {
    expect(withFragment(url, id)).toBe(expected);
  });
});

describe('passagesOf', () => {
  const location = (n: number) => ({ location: n, weight: 1, balanced_score: 1 });
  // s1: words 0–3, s2: 4–8, s3: 9–.
  const page: PageResult = {
    url: '/sources/report/',
    content: 'Trade exceeded 450 dollars. It then reached $450 million. Two states for two peoples.',
    meta: { title: 'Source: the report' },
    anchors: SOURCE,
    weighted_locations: [2, 7, 8, 9].map(location),
  };

  it.each([
    ['a number: only the sentence with both words', '450 million', ['/sources/report/#s2']],
    ['a phrase: the sentence that has it', 'two peoples', ['/sources/report/#s3']],
    ['a word in two sentences: both, in page order', '450', ['/sources/report/#s1', '/sources/report/#s2']],
    ['words no single passage holds: nothing', '450 peoples', []],
  ])('%s', (_, query, urls) => {
    expect(passagesOf(page, query).map((p) => p.url)).toEqual(urls);
  });

  it('names the paragraph and the page, and marks the words', () => {
    const [passage] = passagesOf(page, '450 million');
    expect(passage).toMatchObject({ title: 'Paragraph 1', page: 'Source: the report', phrase: true });
    expect(passage!.excerpt.filter((w) => w.match).map((w) => w.text)).toEqual(['$450', 'million.']);
  });
});

describe('rankPassages', () => {
  const p = (url: string, phrase: boolean): Passage => ({ url, title: '', page: '', excerpt: [], phrase });
  it('puts passages with the exact phrase first, otherwise keeping the pages’ order', () => {
    const ranked = rankPassages([
      [p('/a#1', false), p('/a#2', true)],
      [p('/b#1', true), p('/b#2', false)],
    ]);
    expect(ranked.map((r) => r.url)).toEqual(['/a#2', '/b#1', '/a#1', '/b#2']);
  });
});
