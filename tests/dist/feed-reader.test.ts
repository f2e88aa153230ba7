/**
 * Every feed as a feed reader reads it: feedsmith, the parser apps use for RSS, Atom and JSON Feed alike,
 * must recognise each built feed's format and find in it a titled channel in its edition's language and
 * entries that each have a title, their content and an address on the site, in the feed's edition.
 * (feeds.test.ts holds the files to the validators' rules; this is the reader's side.)
 */
import { parseFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { edition } from '../../src/lib/editions';
import { unlocalizedPath } from '../../src/lib/paths';
import { distFiles, readDist, SITE } from './dist';

const feeds = [...distFiles('rss.xml'), ...distFiles('atom.xml'), ...distFiles('feed.json')].map((f) => `/${f}`);
interface Entry {
  title?: unknown;
  link?: unknown;
  url?: unknown;
  links?: readonly { href?: unknown }[] | undefined;
  content?: unknown;
  content_html?: unknown;
  description?: unknown;
}

const FORMAT = { 'rss.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' } as const;

it('finds the feeds of both editions', () => {
  expect(feeds).toEqual(expect.arrayContaining(['/rss.xml', '/atom.xml', '/feed.json', '/ru/rss.xml', '/ru/atom.xml', '/ru/feed.json']));
});

describe.each(feeds)('%s, as a feed reader reads it', (feed) => {
  const { lang } = unlocalizedPath(feed);
  const { locale } = edition(lang);
  const parsed = parseFeed(readDist(feed.slice(1)));
  const name = feed.split('/').at(-1) as keyof typeof FORMAT;
  // Each format names an entry's parts its own way; a reader takes whichever the format has.
  const entries = (('items' in parsed.feed ? parsed.feed.items : 'entries' in parsed.feed ? parsed.feed.entries : undefined) ??
    []) as readonly Entry[];
  const addressOf = (e: Entry) => String(e.link ?? e.url ?? e.links?.[0]?.href ?? '');

  it(`is read as ${FORMAT[name]}, with a title`, () => {
    expect(parsed.format).toBe(FORMAT[name]);
    const title = (parsed.feed as { title?: unknown }).title;
    expect(typeof title === 'string' ? title : JSON.stringify(title)).toMatch(/Multivector/);
  });

  it(`says it is in ${locale} where its format can`, () => {
    if (parsed.format === 'atom') return expect(readDist(feed.slice(1))).toContain(`xml:lang="${locale}"`);
    // Language tags are case-insensitive (BCP 47); the parser lower-cases them.
    expect((parsed.feed as { language?: string }).language?.toLowerCase()).toBe(locale.toLowerCase());
  });

  it('has entries, each titled, with its content and an address in the feed’s edition', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.title).toBeTruthy();
      expect(entry.content ?? entry.content_html ?? entry.description).toBeTruthy();
      const address = addressOf(entry);
      expect(address.startsWith(SITE)).toBe(true);
      expect(unlocalizedPath(new URL(address).pathname).lang).toBe(lang);
    }
  });
});
