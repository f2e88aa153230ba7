/**
 * The built feeds, held to what the W3C feed validator checks (feed parsers are lenient, so the
 * rules are asserted here): well-formed XML by a strict parser, a self link, a guid or id on every
 * entry, dates in each format's own form, absolute addresses, markup escaped; JSON Feed 1.1's required
 * fields; the latest articles, each whole; tags that are topic names in every format; no stylesheet.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FEED_ENTRIES } from '../../src/data/feeds';
import { DEFAULT_LANG } from '../../src/lib/editions';
import { localizedPath, subscribePath, unlocalizedPath } from '../../src/lib/paths';
import { xmlError } from '../../src/lib/xml-check';
import { articles, distFile, distFiles, page, pages, SITE, squash, topicPages } from './dist';

const parser = (lists: string[]) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => lists.includes(name) });
const rssXml = parser(['item', 'category', 'atom:link']);
const atomXml = parser(['entry', 'category', 'link', 'author']);

const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Every RSS feed built: the site's in each edition, and each topic's and story's in each edition that has it. */
const rssFeeds = distFiles('rss.xml').map((f) => `/${f}`);
const topicFeeds = rssFeeds.filter((f) => /\/topics\/[^/]+\/rss\.xml$/.test(f));
const storyFeeds = rssFeeds.filter((f) => /\/stories\/[^/]+\/rss\.xml$/.test(f));

it('builds a feed for every topic and story, in each edition that has translated it', () => {
  expect(topicFeeds).toEqual(expect.arrayContaining(topicPages().map((p) => `${p}rss.xml`)));
  expect(topicFeeds.filter((f) => unlocalizedPath(f).lang !== DEFAULT_LANG).length).toBeGreaterThan(0);
  expect(storyFeeds.filter((f) => unlocalizedPath(f).lang !== DEFAULT_LANG).length).toBeGreaterThan(0);
});

/** The page a feed follows: its edition's, or the English one where the edition has not built it. */
const homeOf = (feed: string) => {
  const own = feed.replace(/rss\.xml$/, '');
  return pages().includes(own) ? own : unlocalizedPath(own).path;
};

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  'dc:creator': string;
  category: string[];
}

const rss = (feed: string) => rssXml.parse(distFile(feed)).rss;
const atom = () => atomXml.parse(distFile('/atom.xml')).feed;

/** Every address in an HTML fragment (href, src, cite). */
const addresses = (html: string) =>
  parse(html)
    .querySelectorAll('[href], [src], [cite]')
    .flatMap((el) => ['href', 'src', 'cite'].map((a) => el.getAttribute(a)).filter((v) => v !== undefined));

/**
 * What a reader of the article page reads: the text of every paragraph and heading of its body,
 * less the controls that only work on the page (heading links, the timeline filter's status line).
 * The timeline's days are compared in the form a feed gives them.
 */
function articleText(urlPath: string): string[] {
  const body = page(urlPath).querySelector('article .prose')!;
  // Evidence markers open a popover on the page; a feed carries them as plain links ([s14]).
  body.querySelectorAll('.heading-anchor, [role="status"], .ev').forEach((a) => a.remove());
  return body
    .querySelectorAll('p, h2, h3, li, blockquote')
    .map((el) =>
      // A day of the timeline reads "date: headline" in a feed, without the page's track column.
      el.closest('.timeline-digest') && el.tagName === 'LI'
        ? `${squash(el.querySelector('.digest-date')!.text)}: ${squash(el.querySelector('a')!.text)}`
        : squash(el.text),
    )
    .filter(Boolean);
}

describe.each(['/atom.xml', '/ru/atom.xml', ...rssFeeds])('%s', (feed) => {
  it('is well-formed XML to a strict parser, and has no stylesheet (browsers are sent to /subscribe/)', () => {
    expect(xmlError(distFile(feed))).toBeUndefined();
    expect(distFile(feed)).not.toContain('<?xml-stylesheet');
  });
});

/** The article pages' own dates and tags, newest first: what the feeds must agree with. */
const published = () =>
  articles()
    .map((urlPath) => {
      const meta = (property: string) =>
        page(urlPath)
          .querySelectorAll(`meta[property="${property}"]`)
          .map((m) => m.getAttribute('content')!);
      return { url: `${SITE}${urlPath}`, date: Date.parse(meta('article:published_time')[0]!), tags: meta('article:tag') };
    })
    .sort((a, b) => b.date - a.date);

describe.each(rssFeeds)('RSS 2.0 %s', (feed) => {
  const { channel, '@version': version } = rss(feed);
  const items: RssItem[] | undefined = channel.item;

  it('is version 2.0 with a title, a description, an absolute link to its page and its edition’s language', () => {
    expect(version).toBe('2.0');
    expect(channel.title).toMatch(/^Multivector/);
    expect(channel.description.length).toBeGreaterThan(20);
    expect(channel.link).toBe(`${SITE}${homeOf(feed)}`);
    const { lang } = unlocalizedPath(feed);
    expect(channel.language).toBe(page(localizedPath('/', lang)).querySelector('html')!.getAttribute('lang')!.toLowerCase());
  });

  it('links to itself with atom:link rel="self"', () => {
    expect(channel['atom:link']).toContainEqual({
      '@href': `${SITE}${feed}`,
      '@rel': 'self',
      '@type': 'application/rss+xml',
    });
  });

  it('dates the channel in RFC 822 by its newest item, or not at all when it has none (never 1970)', () => {
    if (items?.length) expect(channel.lastBuildDate).toMatch(RFC822);
    else expect(channel.lastBuildDate).toBeUndefined();
  });

  it('gives every item a permanent guid (its address), an RFC 822 date, an author and categories', () => {
    for (const item of items ?? []) {
      expect(item.guid).toEqual({ '#text': item.link, '@isPermaLink': 'true' });
      // An edition's feed links to its own articles (/ru/articles/…/).
      expect(item.link).toMatch(new RegExp(`^${SITE}${feed.startsWith('/ru/') ? '/ru' : ''}/articles/[a-z0-9-]+/$`));
      expect(item.pubDate).toMatch(RFC822);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item['dc:creator']).toBeTruthy();
      expect(item.category.length).toBeGreaterThan(0);
    }
  });

  it('escapes the articles’ markup, and every address in it is absolute', () => {
    const raw = distFile(feed);
    // Escaped markup: the only raw tags are the feed's own.
    expect(raw).not.toMatch(/<(p|a|h2|blockquote|q)[\s>]/);
    for (const item of items ?? []) {
      expect(item['content:encoded']).toContain('<p');
      for (const address of addresses(item['content:encoded'])) expect(address).toMatch(/^https:\/\//);
    }
  });
});

describe('the site-wide feeds', () => {
  it('list the timeline inside an article as "date: headline", with no track column left bare', () => {
    const explainer = rss('/rss.xml').channel.item.find((i: RssItem) => i.link.endsWith('/kazakhstan-gaza-ceasefire-explained/'))!;
    const timelineLinks = parse(explainer['content:encoded'])
      .querySelectorAll('li')
      .filter((li) => li.querySelector('a[href*="/timeline/#event-"]'));
    expect(timelineLinks.length).toBeGreaterThan(3);
    for (const li of timelineLinks) {
      expect(squash(li.text)).toMatch(/^(Around )?\d{1,2} [A-Z][a-z]+ \d{4}( \(inferred\))?: \S/);
    }
    expect(squash(timelineLinks[0]!.text)).toMatch(/^30 September 2025: Tokayev backs/);
  });

  it(`hold the latest ${FEED_ENTRIES} published articles, newest first, and no draft`, () => {
    const latest = published()
      .slice(0, FEED_ENTRIES)
      .map((a) => a.url);
    const drafts = readdirSync('content/articles')
      .filter((f) => f.endsWith('.mdx'))
      .filter(
        (f) => parseFrontmatter(readFileSync(path.join('content/articles', f), 'utf8')).frontmatter['draft'] === true,
      )
      .map((f) => `${SITE}/articles/${f.replace(/\.mdx$/, '')}/`);
    const rssLinks = (rss('/rss.xml').channel.item as RssItem[]).map((i) => i.link);
    const atomIds = (atom().entry as { id: string }[]).map((e) => e.id);
    const jsonIds = (JSON.parse(distFile('/feed.json')).items as { id: string }[]).map((i) => i.id);
    expect(rssLinks).toEqual(latest);
    expect(atomIds).toEqual(latest);
    expect(jsonIds).toEqual(latest);
    for (const draft of drafts) expect(rssLinks).not.toContain(draft);
  });

  it('tag each entry with the names of its topics, as the article page does, in every format', () => {
    for (const { url, tags } of published().slice(0, FEED_ENTRIES)) {
      const rssItem = (rss('/rss.xml').channel.item as RssItem[]).find((i) => i.link === url)!;
      const atomEntry = (atom().entry as { id: string; category: { '@term': string }[] }[]).find((e) => e.id === url)!;
      const jsonItem = (JSON.parse(distFile('/feed.json')).items as { id: string; tags: string[] }[]).find(
        (i) => i.id === url,
      )!;
      expect(rssItem.category.sort()).toEqual([...tags].sort());
      expect(atomEntry.category.map((c) => c['@term']).sort()).toEqual([...tags].sort());
      expect(jsonItem.tags.sort()).toEqual([...tags].sort());
    }
  });

  it.each(published().slice(0, FEED_ENTRIES).map((a) => new URL(a.url).pathname))('carry %s in full: every paragraph, heading, list item and quotation of the page', (urlPath) => {
    const url = `${SITE}${urlPath}`;
    const rssItem = (rss('/rss.xml').channel.item as RssItem[]).find((i) => i.link === url)!;
    const atomEntry = (atom().entry as { id: string; content: { '#text': string } }[]).find((e) => e.id === url)!;
    const jsonItem = (JSON.parse(distFile('/feed.json')).items as { id: string; content_html: string }[]).find(
      (i) => i.id === url,
    )!;
    const text = articleText(urlPath);
    expect(text.length).toBeGreaterThan(3);
    for (const html of [rssItem['content:encoded'], atomEntry.content['#text'], jsonItem.content_html]) {
      const item = parse(html);
      // …and in the feed they are plain links in brackets: compared without them on both sides.
      item.querySelectorAll('small').filter((s) => /^\s*(\[[^\]]+\]\s*)+$/.test(s.text)).forEach((s) => s.remove());
      const feedText = squash(item.text);
      for (const passage of text) expect(feedText).toContain(passage);
    }
  });
});

describe('/atom.xml', () => {
  const feed = atom();

  it('has an id, a title, an RFC 3339 updated date and a self link', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${SITE}/atom.xml`);
    expect(feed.title).toBe('Multivector');
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.link).toContainEqual({ '@rel': 'self', '@href': `${SITE}/atom.xml` });
  });

  it('gives every entry an id, RFC 3339 dates, an author, categories and its text as escaped HTML', () => {
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(new RegExp(`^${SITE}/articles/`));
      expect(entry.link).toEqual([{ '@href': entry.id }]);
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.published).toMatch(RFC3339);
      expect(entry.author[0].name).toBeTruthy();
      expect(entry.category.every((c: { '@term': string }) => c['@term'])).toBe(true);
      expect(entry.content['@type']).toBe('html');
      for (const address of addresses(entry.content['#text'])) expect(address).toMatch(/^https:\/\//);
    }
  });
});

describe('/feed.json', () => {
  const feed = JSON.parse(distFile('/feed.json'));

  it('is JSON Feed 1.1 with its required and recommended top-level fields', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Multivector',
      home_page_url: `${SITE}/`,
      feed_url: `${SITE}/feed.json`,
      authors: [{ name: 'Multivector', url: `${SITE}/` }],
    });
  });

  it('gives every item an id, a url, content_html, RFC 3339 dates, authors and tags', () => {
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.url).toMatch(new RegExp(`^${SITE}/articles/`));
      expect(item.content_html).toContain('<p');
      expect(item.date_published).toMatch(RFC3339);
      expect(item.date_modified).toMatch(RFC3339);
      expect(item.authors[0].name).toBeTruthy();
      expect(item.tags.length).toBeGreaterThan(0);
      expect(item.image).toMatch(new RegExp(`^${SITE}/og/articles/.+\\.png$`));
    }
  });
});

describe.each([...topicFeeds, ...storyFeeds])('%s', (feed) => {
  const home = feed.replace(/rss\.xml$/, '');
  it(`is announced on its page, ${home}, in the same edition`, () => {
    const alternate = page(home).querySelector(`link[rel="alternate"][href="${SITE}${feed}"]`);
    expect(alternate?.getAttribute('type')).toBe('application/rss+xml');
  });
  it('has a visible link to follow it from its page, to the entry of the subscribe page in its edition', () => {
    const { lang } = unlocalizedPath(feed);
    const follow = page(home)
      .querySelectorAll('a')
      .find((a) => a.getAttribute('href')?.startsWith(subscribePath(undefined, lang) + '#'));
    expect(follow).toBeDefined();
  });
});

describe.each(topicFeeds)('%s', (feed) => {
  it('holds exactly the articles of its edition filed under the topic', () => {
    const { lang } = unlocalizedPath(feed);
    const name = squash(page(homeOf(feed)).querySelector('h1')!.text);
    const filed = pages()
      .filter((p) => /\/articles\/[^/]+\/$/.test(p) && unlocalizedPath(p).lang === lang)
      .filter((a) =>
        page(a)
          .querySelectorAll('meta[property="article:tag"]')
          .some((m) => m.getAttribute('content') === name),
      );
    expect(filed.length).toBeGreaterThan(0);
    const links = ((rss(feed).channel.item ?? []) as RssItem[]).map((i) => i.link).sort();
    expect(links).toEqual(filed.map((a) => `${SITE}${a}`).sort());
  });
});

describe.each(storyFeeds)('%s', (feed) => {
  it('holds exactly the story’s articles that its edition publishes', () => {
    const { lang, path } = unlocalizedPath(feed);
    const id = /^\/stories\/([^/]+)\//.exec(path)![1]!;
    const story = JSON.parse(readFileSync(`content/stories/${id}.json`, 'utf8')) as { articles: string[] };
    const published = story.articles.map((a) => localizedPath(`/articles/${a}/`, lang)).filter((p) => pages().includes(p));
    expect(published.length).toBeGreaterThan(0);
    const links = (rss(feed).channel.item as RssItem[]).map((i) => i.link).sort();
    expect(links).toEqual(published.map((a) => `${SITE}${a}`).sort());
  });
});

describe('links that offer a feed', () => {
  const feedPath = /^(?:\/[a-z]{2})?\/(?:rss\.xml|atom\.xml|feed\.json|(?:topics|stories)\/[^/]+\/rss\.xml)$/;

  it.each(pages())('%s sends readers to its edition’s /subscribe/, never to a feed file (which a browser shows as raw XML)', (urlPath) => {
    const subscribe = subscribePath(undefined, unlocalizedPath(urlPath).lang);
    for (const a of page(urlPath).querySelectorAll('a[href]')) {
      const href = new URL(a.getAttribute('href')!, `${SITE}${urlPath}`);
      if (href.origin !== SITE) continue;
      expect(href.pathname, a.text).not.toMatch(feedPath);
      if (/\b(?:RSS|Atom|JSON Feed|feeds?)\b|(?:^|\s)лент[аыу]?(?:$|\s)/u.test(a.text))
        expect(href.pathname, a.text).toBe(subscribe);
    }
  });
});
