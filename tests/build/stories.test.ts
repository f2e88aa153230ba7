/**
 * Stories as data, built from a fixture of fictional stories (tests/fixtures/stories/content/, not
 * today's content): each published story gets its page, its timeline with its own tracks and its feed;
 * no page of one shows the other's events; a draft story, and an event quoting an unpublished source,
 * leak into no file of dist/ nor the search index.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/project-copy.ts';
import { indexedPages } from '../../scripts/search-index.ts';
import { builtPages } from '../e2e/built-pages';
import { storiesProject } from '../fixtures/stories-project';

let dir: string;
let ok: boolean;
let output: string;
beforeAll(() => {
  dir = storiesProject();
  ({ ok, output } = build(dir));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

const dist = () => path.join(dir, 'dist');
const html = (urlPath: string) => parse(readFileSync(path.join(dist(), urlPath, 'index.html'), 'utf8'));
const eventIds = (urlPath: string) =>
  html(urlPath)
    .querySelectorAll('.timeline-event')
    .map((e) => e.id);
const textFiles = () =>
  readdirSync(dist(), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|txt)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));

it('builds', () => {
  expect(ok, output).toBe(true);
});

describe.each([
  {
    story: 'harbour-strike',
    tracks: ['The port', 'The city council'],
    events: ['event-council-asks-for-talks', 'event-strike-ends', 'event-port-reopens'],
    articles: ['/articles/harbour-strike-explained/', '/articles/harbour-strike-report/'],
  },
  {
    story: 'velna-treaty',
    tracks: ['The treaty', 'The water', 'The farmers'],
    events: ['event-drought-2024', 'event-farmers-will-watch', 'event-treaty-signed'],
    articles: ['/articles/velna-treaty-report/'],
  },
])('the story $story', ({ story, tracks, events, articles }) => {
  it('has its page, listing its own articles and no other story’s', () => {
    const page = html(`/stories/${story}/`);
    const links = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const article of articles) expect(links).toContain(article);
    const others = builtPages(dist()).filter((p) => p.startsWith('/articles/') && !articles.includes(p));
    for (const other of others) expect(links).not.toContain(other);
  });

  it('has its own timeline: its events only, its tracks as columns and filter buttons, in its order', () => {
    const path = `/stories/${story}/timeline/`;
    expect(eventIds(path)).toEqual(events);
    const page = html(path);
    expect(page.querySelectorAll('.timeline-lanes p').map((p) => p.text)).toEqual(tracks);
    expect(page.querySelectorAll('.timeline-filter button').map((b) => b.text)).toEqual(['All events', ...tracks]);
    expect(page.querySelector('.timeline-block')!.classList.contains(`timeline-tracks-${tracks.length}`)).toBe(true);
  });

  it('has its own feed, carrying only its articles', () => {
    const feed = readFileSync(path.join(dist(), `stories/${story}/rss.xml`), 'utf8');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
    expect(links.slice(1).sort()).toEqual([...articles].sort());
  });
});

it('offers the article’s own story first under “Related”', () => {
  const related = html('/articles/harbour-strike-explained/')
    .querySelectorAll('aside[aria-labelledby="related-title"] h3 a')
    .map((a) => a.getAttribute('href'));
  expect(related[0]).toBe('/articles/harbour-strike-report/');
});

it('says on the home page what is published: two stories, each linked', () => {
  const home = html('/');
  expect(home.querySelector('main > p')!.text).toMatch(/^2 stories explained from 2 news reports and 1 fact/);
  const links = home.querySelectorAll('main h2 a').map((a) => a.getAttribute('href'));
  expect(links).toEqual(expect.arrayContaining(['/stories/harbour-strike/', '/stories/velna-treaty/']));
});

it.each([
  ['the draft story', /Quillonbright|Orrin|orrin-mine/],
  ['the event that quotes an unpublished source', /Gorsemarch|farmers-write-letter|velna-farmers-letter/],
])('lets nothing of %s into any page, feed, sitemap or the search index', (_, words) => {
  expect(builtPages(dist()).filter((p) => words.test(p))).toEqual([]);
  expect(textFiles().filter((file) => words.test(readFileSync(file, 'utf8')))).toEqual([]);
  expect(indexedPages(dist()).filter((p) => words.test(p.url) || words.test(p.content))).toEqual([]);
});
