/**
 * The feeds, built from a fixture of fictional articles and topics (not today's content): the latest
 * FEED_ENTRIES in every format and every topic's feed; an empty topic's feed says no date rather than
 * 1970; a "<" in a topic name, a byline that looks like a number and links or handlers that could run
 * come out as a feed reader must get them.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, editStory } from '../../scripts/project-copy.ts';
import { FEED_ENTRIES } from '../../src/data/feeds.ts';
import { xmlError } from '../../src/lib/xml-check.ts';
import { fictionalArticle } from '../fixtures/fictional-articles.ts';

const SOURCE = 'kazakhstan-diplomatic-balance-gaza-ceasefire';
const COUNT = FEED_ENTRIES + 3;
const SITE = 'https://multivector.example';
const TOPICS = [
  { id: 'harbour', name: 'The <harbour> & its "ferry"', description: 'Everything about the imagined harbour ferry.' },
  {
    id: 'lighthouse',
    name: 'The lighthouse',
    description: 'Nothing is filed here yet: the topic waits for its first article.',
  },
];
const url = (n: number) => `${SITE}/articles/${fictionalArticle(n, { topics: [], source: SOURCE }).id}/`;
const newest = Array.from({ length: FEED_ENTRIES }, (_, n) => url(n));

let dir: string;
let output: string;
let ok: boolean;
beforeAll(() => {
  dir = copyProject();
  const articles = path.join(dir, 'content/articles');
  for (const file of readdirSync(articles)) rmSync(path.join(articles, file), { recursive: true });
  writeFileSync(path.join(dir, 'content/topics.json'), JSON.stringify(TOPICS, null, 2));
  const ids: string[] = [];
  for (let n = 0; n < COUNT; n++) {
    const { id, mdx } = fictionalArticle(n, {
      topics: ['harbour'],
      source: SOURCE,
      // The newest carries what a feed reader must never get, and a byline YAML could read as a number.
      ...(n === 0 && {
        byline: '0x1F',
        body: 'Read [the timetable](javascript:alert(1)) or <span onclick="alert(2)" onmouseover="alert(3)">tap here</span>.',
      }),
    });
    writeFileSync(path.join(articles, `${id}.mdx`), mdx);
    ids.push(id);
  }
  editStory(dir, (story) => {
    story.articles = ids;
    story.lead = ids[0]!;
  });
  ({ ok, output } = build(dir));
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

const read = (file: string) => readFileSync(path.join(dir, 'dist', file), 'utf8');
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => ['item', 'entry', 'category'].includes(n),
});

describe(`${COUNT} articles`, () => {
  it('build', () => expect(ok, output).toBe(true));

  it(`are the latest ${FEED_ENTRIES} in every format, newest first, and the older ones are left out`, () => {
    const rss = xml.parse(read('rss.xml')).rss.channel.item.map((i: { link: string }) => i.link);
    const atom = xml.parse(read('atom.xml')).feed.entry.map((e: { id: string }) => e.id);
    const json = JSON.parse(read('feed.json')).items.map((i: { id: string }) => i.id);
    const topic = xml.parse(read('topics/harbour/rss.xml')).rss.channel.item.map((i: { link: string }) => i.link);
    for (const feed of [rss, atom, json, topic]) expect(feed).toEqual(newest);
  });

  it('are strict well-formed XML, a "<" in a topic name included, and tag entries with the name in every format', () => {
    for (const file of ['rss.xml', 'atom.xml', 'topics/harbour/rss.xml', 'topics/lighthouse/rss.xml']) {
      expect(xmlError(read(file)), file).toBeUndefined();
    }
    const name = TOPICS[0]!.name;
    expect(xml.parse(read('atom.xml')).feed.entry[0].category).toEqual([
      { '@term': name, '@scheme': `${SITE}/topics/` },
    ]);
    expect(xml.parse(read('rss.xml')).rss.channel.item[0].category).toEqual([name]);
    expect(JSON.parse(read('feed.json')).items[0].tags).toEqual([name]);
  });

  it('keep a byline that looks like a number as it was written', () => {
    expect(read('rss.xml')).toContain('<dc:creator>0x1F</dc:creator>');
    expect(JSON.parse(read('feed.json')).items[0].authors).toEqual([{ name: '0x1F' }]);
  });

  it('carry no javascript: link and no on… handler, in any format', () => {
    const json = JSON.parse(read('feed.json')).items[0].content_html as string;
    for (const text of [read('rss.xml'), read('atom.xml'), json]) {
      expect(text).not.toMatch(/javascript:/i);
      expect(text).not.toMatch(/onclick|onmouseover/i);
    }
    expect(json).toContain('tap here');
  });

  it('give an empty topic’s feed no items and no date, rather than 1 January 1970', () => {
    const channel = xml.parse(read('topics/lighthouse/rss.xml')).rss.channel;
    expect(channel.item).toBeUndefined();
    expect(channel.lastBuildDate).toBeUndefined();
    expect(read('topics/lighthouse/rss.xml')).not.toContain('1970');
  });
});
