/**
 * Every address on the site, in one place: pages and components ask here rather than writing
 * "/articles/…/" themselves, so an address is decided once and a link can never drift from its page.
 * Each takes the edition's language last and optional: without it, or with the first edition's, the
 * address is the English one, unchanged; another edition's opens with its prefix ("/ru/articles/…/").
 */
import { DEFAULT_LANG, EDITIONS, edition, editionOfPath, type Lang } from './editions.ts';

/** A site path ("/timeline/", "/sources/x/#s14") as it is in the edition of `lang`. */
export function localizedPath(path: string, lang: Lang = DEFAULT_LANG): string {
  if (!path.startsWith('/')) throw new RangeError(`expected a path from the site's root ("/…"), found "${path}"`);
  const { prefix } = edition(lang);
  return prefix ? `${prefix}${path}` : path;
}

/** The edition a path is in, and the path as the first edition has it: "/ru/timeline/" → ru, "/timeline/". */
export function unlocalizedPath(path: string): { lang: Lang; path: string } {
  const { lang, prefix } = editionOfPath(path);
  const rest = prefix ? path.slice(prefix.length) : path;
  return { lang, path: rest === '' || rest.startsWith('#') ? `/${rest}` : rest };
}

/** One alternate of a page, for `<link rel="alternate" hreflang>` and the language switcher. */
export interface AlternatePath {
  /** An edition's language, or "x-default" for the address offered to readers of any other language. */
  hreflang: string;
  /** The edition, absent on the x-default entry. */
  lang?: Lang;
  path: string;
}

/**
 * The same page in every edition, from its path in any of them, with the first edition's as x-default.
 * `available` lists the editions that have the page (a page not yet translated has no Russian
 * alternate); hreflang pairs must be reciprocal, so both editions' pages take the same list.
 */
export function alternatePaths(
  path: string,
  available: readonly Lang[] = EDITIONS.map((e) => e.lang),
): AlternatePath[] {
  const base = unlocalizedPath(path).path;
  const alternates: AlternatePath[] = EDITIONS.filter((e) => available.includes(e.lang)).map((e) => ({
    hreflang: e.hreflang,
    lang: e.lang,
    path: localizedPath(base, e.lang),
  }));
  if (available.includes(DEFAULT_LANG)) alternates.push({ hreflang: 'x-default', path: localizedPath(base) });
  return alternates;
}

export const articlePath = (id: string, lang?: Lang) => localizedPath(`/articles/${id}/`, lang);
export const sourcePath = (id: string, lang?: Lang) => localizedPath(`/sources/${id}/`, lang);
/** The list of source documents. */
export const sourcesPath = (lang?: Lang) => localizedPath('/sources/', lang);
/** Every article, newest first, a page at a time. */
export const archivePath = (lang?: Lang) => localizedPath('/archive/', lang);
/** A paragraph (p…), sentence (s…) or heading of a source document. */
export const passagePath = (source: string, passage: string, lang?: Lang) => `${sourcePath(source, lang)}#${passage}`;
export const topicPath = (id: string, lang?: Lang) => localizedPath(`/topics/${id}/`, lang);
/** A topic's own feed (RSS). */
export const topicFeedPath = (id: string, lang?: Lang) => `${topicPath(id, lang)}rss.xml`;
/** The page about subscribing, or one story's or topic's entry on it ("story-<id>", "topic-<id>"). */
export const subscribePath = (entry?: string, lang?: Lang) =>
  localizedPath(`/subscribe/${entry ? `#${entry}` : ''}`, lang);
/** An article's link-preview card (a PNG, drawn at build time) in an edition. */
export const articleCardPath = (id: string, lang?: Lang) => `/og${localizedPath(`/articles/${id}.png`, lang)}`;
/** The card of an edition's pages that are not articles. */
export const siteCardPath = (lang?: Lang) => `/og${localizedPath('/site.png', lang)}`;
/** The search page; `?q=` carries a query. */
export const searchPath = (lang?: Lang) => localizedPath('/search/', lang);
/**
 * The page hosts serve, with status 404, for an address nothing answers in an edition: the first edition's is
 * /404.html, another's under its prefix (src/integrations/not-found-pages.ts puts it there; public/_redirects).
 */
export const notFoundPath = (lang?: Lang) => localizedPath('/404.html', lang);
/** The page of every context fact, or one fact's entry on it. */
export const contextPath = (fact?: string, lang?: Lang) => localizedPath(`/context/${fact ? `#${fact}` : ''}`, lang);

/** A story's page: its lead explainer, its timeline, its articles and sources. */
export const storyPath = (id: string, lang?: Lang) => localizedPath(`/stories/${id}/`, lang);
/** A story's whole timeline, or one event on it. */
export const timelinePath = (story: string, anchor?: string, lang?: Lang) =>
  `${storyPath(story, lang)}timeline/${anchor ? `#${anchor}` : ''}`;
/** A story's own RSS feed. */
export const storyFeedPath = (id: string, lang?: Lang) => `${storyPath(id, lang)}rss.xml`;

/**
 * Where the first story's timeline was published before stories had pages of their own. Links
 * shared to it (with #event-… fragments) must keep landing, so it stays a page with the same ids;
 * content decides which story it holds (`keepsTimelineAddress` in content/stories/).
 */
export const FORMER_TIMELINE_PATH = '/timeline/';

/**
 * The file a page's address is built into, inside the site (still URL-encoded, as Astro writes it):
 * "/articles/x/" → "articles/x/index.html", "/" → "index.html", "/404" → "404.html".
 */
export function builtFile(pathname: string): string {
  const inside = pathname.replace(/^\//, '');
  if (inside === '' || inside.endsWith('/')) return `${inside}index.html`;
  return inside.endsWith('.html') ? inside : `${inside}.html`;
}
