/**
 * The feeds' entries, one per published article, with its full text: the article is rendered
 * through the same ArticleBody the page uses (Astro's Container API), so every quotation and
 * context note is in the feed, then made fit for a feed reader (lib/feed-html.ts).
 *
 * RSS 2.0 and Atom are laid out here and written by one XML builder (fast-xml-builder), which escapes
 * every text and attribute: @astrojs/rss re-parses the extra elements it is given (a byline "0x1F" came
 * out as <dc:creator>31</dc:creator>), and `feed` escapes only & and " in attributes (a "<" in a topic
 * name broke the Atom feed). Every feed is then read back by a strict XML parser before it is written,
 * so a feed readers would reject fails the build, naming the feed. JSON Feed 1.1 is a plain object.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import XMLBuilder from 'fast-xml-builder';
import ArticleBody from '../components/ArticleBody.astro';
import { feedHtml } from '../lib/feed-html';
import { DEFAULT_EDITION, edition, type Lang } from '../lib/editions';
import { fill, t } from '../i18n';
import { articlePath, storyFeedPath, storyPath, topicFeedPath, topicPath } from '../lib/paths';
import { absoluteUrl } from '../lib/seo';
import { LOGO, SITE_DESCRIPTION, SITE_NAME } from '../lib/site';
import { assertWellFormed } from '../lib/xml-check';
import { getArticles, getReportOrigin, getTopics, type Article } from './content';
import { getEditionContent } from './edition';
import { editionLink } from './edition-links';
import { getEditionArticles, type TranslatedArticle } from './edition-pages';
import { articleImage } from './previews';

/**
 * How many articles a feed carries: the latest 50, each in full, in every format and in every topic's
 * feed alike. Feed readers poll a feed every hour or so and keep what they have already seen, so a feed
 * needs the latest entries, not the archive: 50 is a few months of a busy newsroom's stories on one
 * subject and stays under about 1 MB in full text, where the whole archive grew to 17 MB at 1,000
 * articles. Only these are rendered, so a feed's size and the time it takes stay flat as the archive grows.
 */
export const FEED_ENTRIES = 50;

/** What each format is served as (hosts that read the file's extension send the same). */
export const FEED_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

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
  /** The edition's full locale ("en-GB"); the first edition's when absent. */
  locale?: string;
}

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<FeedEntry>>();

async function toEntry(article: Article, site: URL): Promise<FeedEntry> {
  // The container has its own configuration: components that build addresses need the site.
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers, astroConfig: { site: site.href, trailingSlash: 'always' } }),
  );
  const url = absoluteUrl(articlePath(article.id), site);
  const body = await (
    await container
  ).renderToString(ArticleBody, {
    props: { article },
    locals: { defaultSource: article.data.sources[0]!, inFeed: true },
  });
  const topics = await getTopics();
  const origin = await getReportOrigin(article);
  return {
    url,
    title: article.data.title,
    summary: article.data.description,
    html: feedHtml(body, url),
    // A report is dated as its publisher published it; our copy's date is its update.
    published: new Date(origin?.published ?? article.data.published),
    modified: new Date(article.data.updated ?? article.data.published),
    author: article.data.byline,
    topics: article.data.topics.map((id) => ({ id, name: topics.find((t) => t.id === id)?.data.name ?? id })),
    image: absoluteUrl(articleImage(article).src, site),
  };
}

/** The latest FEED_ENTRIES published articles as feed entries, newest first; `keep` narrows them (a topic's, a story's). */
export async function getFeedEntries(site: URL, keep: (a: Article) => boolean = () => true): Promise<FeedEntry[]> {
  const articles = latestEntries((await getArticles()).filter(keep), FEED_ENTRIES);
  return Promise.all(
    articles.map((article) => {
      if (!rendered.has(article.id)) rendered.set(article.id, toEntry(article, site));
      return rendered.get(article.id)!;
    }),
  );
}

/** The first `limit` of a newest-first list: what a feed carries, and all it renders. */
export const latestEntries = <T>(newestFirst: readonly T[], limit: number): T[] => newestFirst.slice(0, limit);

/**
 * The newest change among the entries: the feed's own date, so an unchanged site builds the same feed.
 * An empty feed (a topic with no published article yet) has none, and says none rather than 1970.
 */
const lastChange = (entries: FeedEntry[]): Date | undefined =>
  entries.length ? new Date(Math.max(...entries.map((e) => e.modified.getTime()))) : undefined;

const xml = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  suppressEmptyNode: true,
  // XML has no bare attributes: isPermaLink="true" must keep its value.
  suppressBooleanAttributes: false,
});
const XML_DECLARATION = { '?xml': { '@version': '1.0', '@encoding': 'UTF-8' } };

/**
 * An edition's translated articles as feed entries, newest first, rendered in that edition's words; `keep`
 * narrows them (a topic's, a story's). Each is rendered once, whichever of the edition's feeds asks first.
 */
export async function getEditionFeedEntries(
  lang: Lang,
  site: URL,
  keep: (a: TranslatedArticle) => boolean = () => true,
): Promise<FeedEntry[]> {
  const articles = latestEntries((await getEditionArticles(lang)).filter(keep), FEED_ENTRIES);
  return Promise.all(
    articles.map((article) => {
      const key = `${lang}/${article.id}`;
      if (!rendered.has(key)) rendered.set(key, toEditionEntry(lang, article, site));
      return rendered.get(key)!;
    }),
  );
}

async function toEditionEntry(lang: Lang, { id, entry, original }: TranslatedArticle, site: URL): Promise<FeedEntry> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers, astroConfig: { site: site.href, trailingSlash: 'always' } }),
  );
  const url = absoluteUrl(articlePath(id, lang), site);
  // The request's address tells the components which edition's words and translations to show.
  const body = await (
    await container
  ).renderToString(ArticleBody, {
    props: { article: entry, original },
    locals: { defaultSource: entry.data.sources[0]!, inFeed: true },
    request: new Request(url),
  });
  const topics = await getTopics();
  const names = getEditionContent(lang).topics;
  return {
    url,
    title: entry.data.title,
    summary: entry.data.description,
    html: feedHtml(body, url),
    published: new Date(entry.data.published),
    modified: new Date(entry.data.updated ?? entry.data.published),
    author: entry.data.byline,
    topics: entry.data.topics.map((t) => ({
      id: t,
      name: names.get(t)?.name ?? topics.find((x) => x.id === t)?.data.name ?? t,
    })),
    image: absoluteUrl(articleImage(original, lang, entry.data.title).src, site),
  };
}

/** An edition's whole-site channel: its title, description and locale, following its home page. */
export function editionChannel(lang: Lang, entries: FeedEntry[], path: string): FeedChannel {
  const { feed, locale, prefix } = edition(lang);
  return { title: feed.title, description: feed.description, path, home: `${prefix}/`, entries, locale };
}

/**
 * A topic's channel in an edition: the topic's name and description in its words, following the topic's
 * page in that edition (the English one where the edition has not built it).
 */
export async function topicChannel(
  lang: Lang,
  topic: { id: string; name: string; description: string },
  entries: FeedEntry[],
): Promise<FeedChannel> {
  const { siteName, locale } = edition(lang);
  return {
    title: fill(t(lang).topicPage.feedTitle, { site: siteName, topic: topic.name }),
    description: topic.description,
    path: topicFeedPath(topic.id, lang),
    home: (await editionLink(lang, topicPath(topic.id))).href,
    entries,
    locale,
  };
}

/**
 * A story's channel in an edition: its title and standfirst in its words, following the story's page in
 * that edition (the English one where the edition has not built it).
 */
export async function storyChannel(
  lang: Lang,
  story: { id: string; title: string; standfirst: string },
  entries: FeedEntry[],
): Promise<FeedChannel> {
  const { siteName, locale } = edition(lang);
  return {
    title: fill(t(lang).subscribe.storyFeedTitle, { site: siteName, story: story.title }),
    description: story.standfirst,
    path: storyFeedPath(story.id, lang),
    home: (await editionLink(lang, storyPath(story.id))).href,
    entries,
    locale,
  };
}

export function siteChannel(entries: FeedEntry[], path: string): FeedChannel {
  return { title: SITE_NAME, description: SITE_DESCRIPTION, path, home: '/', entries };
}

/** RSS 2.0, with the full text in content:encoded. No stylesheet: browsers are sent to /subscribe/ instead. */
export function rssXml(channel: FeedChannel, site: URL): string {
  const updated = lastChange(channel.entries);
  const text = xml.build({
    ...XML_DECLARATION,
    rss: {
      '@version': '2.0',
      '@xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      '@xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      channel: {
        title: channel.title,
        description: channel.description,
        link: absoluteUrl(channel.home, site),
        language: (channel.locale ?? DEFAULT_EDITION.locale).toLowerCase(),
        ...(updated && { lastBuildDate: updated.toUTCString() }),
        'atom:link': { '@href': absoluteUrl(channel.path, site), '@rel': 'self', '@type': 'application/rss+xml' },
        item: channel.entries.map((e) => ({
          title: e.title,
          link: e.url,
          guid: { '#text': e.url, '@isPermaLink': 'true' },
          description: e.summary,
          pubDate: e.published.toUTCString(),
          'content:encoded': e.html,
          // RSS's own <author> must be an e-mail address; Dublin Core's creator takes a name.
          'dc:creator': e.author,
          category: e.topics.map((t) => t.name),
        })),
      },
    },
  });
  return assertWellFormed(text, channel.path);
}

export function atomXml(channel: FeedChannel, site: URL): string {
  const self = absoluteUrl(channel.path, site);
  const updated = lastChange(channel.entries);
  // Atom requires a date; only the site's feed is Atom, and a site with no article does not build.
  if (!updated) throw new Error(`${channel.path}: an Atom feed needs at least one entry to take its date from`);
  const text = xml.build({
    ...XML_DECLARATION,
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': channel.locale ?? DEFAULT_EDITION.locale,
      id: self,
      title: channel.title,
      subtitle: channel.description,
      updated: updated.toISOString(),
      author: { name: SITE_NAME, uri: absoluteUrl('/', site) },
      link: [
        { '@rel': 'alternate', '@href': absoluteUrl(channel.home, site) },
        { '@rel': 'self', '@href': self },
      ],
      logo: absoluteUrl(LOGO.src, site),
      icon: absoluteUrl('/favicon.svg', site),
      entry: channel.entries.map((e) => ({
        title: e.title,
        id: e.url,
        link: { '@href': e.url },
        updated: e.modified.toISOString(),
        published: e.published.toISOString(),
        summary: e.summary,
        content: { '@type': 'html', '#text': e.html },
        author: { name: e.author },
        // The term is what feed readers show as the tag: the topic's name, as in RSS and JSON Feed.
        category: e.topics.map((t) => ({ '@term': t.name, '@scheme': absoluteUrl('/topics/', site) })),
      })),
    },
  });
  return assertWellFormed(text, channel.path);
}
/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): always valid JSON, since JSON.stringify writes it. */
export function jsonFeed(channel: FeedChannel, site: URL) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: absoluteUrl(channel.home, site),
    feed_url: absoluteUrl(channel.path, site),
    icon: absoluteUrl(LOGO.src, site),
    favicon: absoluteUrl('/favicon.svg', site),
    language: channel.locale ?? DEFAULT_EDITION.locale,
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
