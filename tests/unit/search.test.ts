import { describe, expect, it } from 'vitest';
import {
  bestLocation,
  passageAt,
  passagesOf,
  resultsMessage,
  withFragment,
  type SearchAnchor,
  type WeightedLocation,
} from '../../src/lib/search';

// The source page as Pagefind records it: paragraphs, each starting with its first sentence.
const SOURCE: SearchAnchor[] = [
  { element: 'p', id: 'p1', location: 0, title: 'Paragraph 1' },
  { element: 'span', id: 's1', location: 0 },
  { element: 'span', id: 's2', location: 27 },
  { element: 'p', id: 'p2', location: 43, title: 'Paragraph 2' },
  { element: 'span', id: 's3', location: 43 },
  { element: 'span', id: 's4', location: 50 },
];
// An article: a heading, then paragraphs with ids; an island's own id is not a passage.
const ARTICLE: SearchAnchor[] = [
  { element: 'h2', id: 'the-exchange', location: 0, text: 'The exchange' },
  { element: 'p', id: 'the-exchange-p1', location: 2 },
  { element: 'astro-island', id: 'Z18JoU5', location: 20 },
  { element: 'li', id: 'event-trade-with-israel-2023', location: 20 },
  { element: 'div', id: 'wrapper', location: 40 },
];

const word = (location: number, balanced_score = 1): WeightedLocation => ({ location, weight: 1, balanced_score });

describe('passageAt', () => {
  it.each([
    ['the first word of the page', SOURCE, 0, 's1'],
    ['a word inside the first sentence', SOURCE, 10, 's1'],
    ['the first word of a second sentence', SOURCE, 27, 's2'],
    ['a word in a later paragraph', SOURCE, 48, 's3'],
    ['the last sentence', SOURCE, 400, 's4'],
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

describe('bestLocation', () => {
  it.each([
    ['the only match', [word(7)], 7],
    ['the best-scoring match', [word(3, 0.5), word(9, 2), word(12, 1)], 9],
    ['the first of equals', [word(4, 1), word(8, 1)], 4],
    ['nothing when nothing matched', [], undefined],
  ])('%s', (_, words, expected) => {
    expect(bestLocation(words)).toBe(expected);
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
  const page = {
    url: '/sources/report/',
    meta: { title: 'Source: the report' },
    anchors: SOURCE,
    sub_results: [
      {
        title: 'Paragraph 1',
        url: '/sources/report/#p1',
        excerpt: 'a <mark>word</mark>',
        weighted_locations: [word(30)],
      },
      {
        title: 'Paragraph 2',
        url: '/sources/report/#p2',
        excerpt: 'b',
        weighted_locations: [word(44, 1), word(52, 3)],
      },
      { title: 'Paragraph 2', url: '/sources/report/#p2', excerpt: 'c', weighted_locations: [word(55)] },
      { title: 'Nothing here', url: '/sources/report/#p3', excerpt: '', weighted_locations: [] },
    ],
  };

  it('links each sub-result to the sentence of its best match, each sentence once', () => {
    expect(passagesOf(page)).toEqual([
      { url: '/sources/report/#s2', title: 'Paragraph 1', page: 'Source: the report', excerpt: 'a <mark>word</mark>' },
      { url: '/sources/report/#s4', title: 'Paragraph 2', page: 'Source: the report', excerpt: 'b' },
    ]);
  });

  it('keeps Pagefind’s link when no passage holds the match', () => {
    const bare = { ...page, anchors: [], sub_results: [page.sub_results[0]!] };
    expect(passagesOf(bare)[0]!.url).toBe('/sources/report/#p1');
  });
});

describe('resultsMessage', () => {
  it.each([
    ['', 0, 0, /^Type a word/],
    ['  ', 0, 0, /^Type a word/],
    ['Zheldibay', 0, 0, /^No passage matches “Zheldibay”/],
    ['Zheldibay', 1, 1, /^1 passage on 1 page matches “Zheldibay”\.$/],
    ['450 million', 4, 3, /^4 passages on 3 pages match “450 million”\.$/],
  ])('%j, %i passages on %i pages', (query, passages, pages, expected) => {
    expect(resultsMessage(query, passages, pages)).toMatch(expected);
  });
});
