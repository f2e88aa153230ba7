/**
 * The feeds' entries, one per published article, with its full text: the article is rendered
 * through the same ArticleBody the page uses (Astro's Container API), so every quotation and
 * context note is in the feed, then every address is made absolute (lib/feed-html.ts).
 * The formats themselves are written by libraries: @astrojs/rss (RSS 2.0), `feed` (Atom);
 * JSON Feed 1.1 is a plain object, because `feed` writes only JSON Feed 1.0.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import rss from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import XMLBuilder from 'fast-xml-builder';
import { Feed } from 'feed';
import ArticleBody from '../components/ArticleBody.astro';
import { feedHtml } from '../lib/feed-html';
import { absoluteUrl } from '../lib/seo';
import { LOGO, SITE_DESCRIPTION, SITE_NAME } from '../lib/site';
import { getArticles, getTopics, type Article } from './content';
import { articleImage } from './previews';

export interface FeedEntry {
  /** The canonical address, also the entry's permanent id. */
  url: string;
  title: string;
  summary: string;
  /** The whole article as HTML, every address absolute. */
  html: string;
  published: Date;
  modified: Date;
  author: string;
  topics: { id: string; name: string }[];
  image: string;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The feed's own path, e.g. "/rss.xml". */
  path: string;
  /** The page the feed follows, e.g. "/" or "/topics/x/". */
  home: string;
  entries: FeedEntry[];
}

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<FeedEntry>>();

async function toEntry(article: Article, site: URL): Promise<FeedEntry> {
  // The container has its own configuration: components that build addresses need the site.
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers, astroConfig: { site: site.href, trailingSlash: 'always' } }),
  );
  const url = absoluteUrl(`/articles/${article.id}/`, site);
  const body = await (
    await container
  ).renderToString(ArticleBody, {
    props: { article },
    locals: { defaultSource: article.data.sources[0]!, inFeed: true },
  });
  const topics = await getTopics();
  return {
    url,
    title: article.data.title,
    summary: article.data.description,
    html: feedHtml(body, url),
    published: new Date(article.data.published),
    modified: new Date(article.data.updated ?? article.data.published),
    author: article.data.byline,
    topics: article.data.topics.map((id) => ({ id, name: topics.find((t) => t.id === id)?.data.name ?? id })),
    image: absoluteUrl(articleImage(article).src, site),
  };
}

/** Published articles as feed entries, newest first; `topic` keeps only that topic's. */
export async function getFeedEntries(site: URL, topic?: string): Promise<FeedEntry[]> {
  const articles = (await getArticles()).filter((a) => !topic || a.data.topics.includes(topic));
  return Promise.all(
    articles.map((article) => {
      if (!rendered.has(article.id)) rendered.set(article.id, toEntry(article, site));
      return rendered.get(article.id)!;
    }),
  );
}

/** The newest change among the entries: the feed's own date, so an unchanged site builds the same feed. */
const lastChange = (entries: FeedEntry[]) => new Date(Math.max(0, ...entries.map((e) => e.modified.getTime())));

const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', suppressEmptyNode: true });

export function siteChannel(entries: FeedEntry[], path: string): FeedChannel {
  return { title: SITE_NAME, description: SITE_DESCRIPTION, path, home: '/', entries };
}

/** RSS 2.0, with the full text in content:encoded and a stylesheet for people who open it in a browser. */
export function rssResponse(channel: FeedChannel, site: URL): Promise<Response> {
  return rss({
    title: channel.title,
    description: channel.description,
    site: absoluteUrl(channel.home, site),
    stylesheet: '/rss.xsl',
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: xml.build({
      language: 'en-gb',
      lastBuildDate: lastChange(channel.entries).toUTCString(),
      'atom:link': { '@href': absoluteUrl(channel.path, site), '@rel': 'self', '@type': 'application/rss+xml' },
    }),
    items: channel.entries.map((e) => ({
      title: e.title,
      link: e.url,
      pubDate: e.published,
      description: e.summary,
      content: e.html,
      categories: e.topics.map((t) => t.name),
      // RSS's own <author> must be an e-mail address; Dublin Core's creator takes a name.
      customData: xml.build({ 'dc:creator': e.author }),
    })),
  });
}

/**
 * The `feed` package writes Atom titles and summaries as `type="html"`, so a reader parses them as
 * markup: our plain text is escaped first, or a "<" in a headline would become an element.
 */
const asHtmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function atomXml(channel: FeedChannel, site: URL): string {
  const self = absoluteUrl(channel.path, site);
  const feed = new Feed({
    id: self,
    title: channel.title,
    description: channel.description,
    link: absoluteUrl(channel.home, site),
    language: 'en-GB',
    updated: lastChange(channel.entries),
    generator: false,
    feedLinks: { atom: self },
    author: { name: SITE_NAME, link: absoluteUrl('/', site) },
    image: absoluteUrl(LOGO.src, site),
    favicon: absoluteUrl('/favicon.svg', site),
  });
  for (const e of channel.entries) {
    feed.addItem({
      title: asHtmlText(e.title),
      id: e.url,
      link: e.url,
      date: e.modified,
      published: e.published,
      description: asHtmlText(e.summary),
      content: e.html,
      author: [{ name: e.author }],
      category: e.topics.map((t) => ({ term: t.id, name: t.name, scheme: absoluteUrl('/topics/', site) })),
    });
  }
  return feed.atom1();
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(channel: FeedChannel, site: URL) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: absoluteUrl(channel.home, site),
    feed_url: absoluteUrl(channel.path, site),
    icon: absoluteUrl(LOGO.src, site),
    favicon: absoluteUrl('/favicon.svg', site),
    language: 'en-GB',
    authors: [{ name: SITE_NAME, url: absoluteUrl('/', site) }],
    items: channel.entries.map((e) => ({
      id: e.url,
      url: e.url,
      title: e.title,
      summary: e.summary,
      content_html: e.html,
      image: e.image,
      date_published: e.published.toISOString(),
      date_modified: e.modified.toISOString(),
      authors: [{ name: e.author }],
      tags: e.topics.map((t) => t.name),
    })),
  };
}
