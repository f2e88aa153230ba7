/** What the search index holds: the passages a reader can be sent to, and none of the page furniture. */
import { describe, expect, it } from 'vitest';
import { indexedPages } from '../../scripts/search-index.ts';
import { articles, DIST, page, pages } from './dist';

const indexed = indexedPages(DIST);
const byUrl = new Map(indexed.map((p) => [p.url, p]));
const SOURCE = '/sources/kazakhstan-diplomatic-balance-gaza-ceasefire/';

it('indexes the articles, the source documents and each story’s timeline, and nothing else', () => {
  // In every edition: Pagefind keeps one index per <html lang>.
  const translated = pages().filter((p) => /^\/[a-z]{2}\/articles\/[^/]+\/$/.test(p));
  const sources = pages().filter((p) => /^(?:\/[a-z]{2})?\/sources\/[^/]+\/$/.test(p));
  const timelines = pages().filter((p) => /^(?:\/[a-z]{2})?\/stories\/[^/]+\/timeline\/$/.test(p));
  expect(timelines.length).toBeGreaterThan(0);
  expect([...byUrl.keys()].sort()).toEqual([...articles(), ...translated, ...sources, ...timelines].sort());
});

it.each([
  ['the skip link', 'Skip to content'],
  ['the footer', 'Multivector explains one story from one source document'],
  ['the share bar', 'Copy link'],
  ['the timeline’s filter status', 'Showing all'],
  ['the events’ permalinks', 'Link to this event'],
  ['the headings’ permalinks', 'Link to this section'],
  ['the theme switch', 'Theme:'],
  ['the evidence markers', 'Evidence: '],
  ['the evidence markers in another edition', 'Подтверждение: '],
])('leaves out %s', (_, words) => {
  for (const p of indexed) expect(p.content, p.url).not.toContain(words);
});

it('holds the source text once, without the copy of the file as received', () => {
  const source = byUrl.get(SOURCE)!;
  expect(source.content.match(/Zheldibay/g)).toHaveLength(1);
  expect(source.content).not.toMatch(/\bs14\b|¶/);
});

describe.each(indexed.map((p) => [p.url, p] as const))('%s', (url, entry) => {
  const html = page(url);

  it('records every passage a result can link to, each with an id on the page', () => {
    expect(entry.anchors.length).toBeGreaterThan(0);
    for (const anchor of entry.anchors) expect(html.getElementById(anchor.id), anchor.id).not.toBeNull();
  });

  it('can send a reader to each of its sentences, paragraphs or events', () => {
    const ids = new Set(entry.anchors.map((a) => a.id));
    const passages = html.querySelectorAll('[data-pagefind-body] [id]').filter((el) => /^(p|s|event-)\S*\d/.test(el.id));
    for (const el of passages) expect(ids.has(el.id) || !!el.closest('.prose .timeline-block'), el.id).toBe(true);
  });
});
