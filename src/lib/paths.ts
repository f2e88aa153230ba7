/**
 * Every address on the site, in one place: pages and components ask here rather than writing
 * "/articles/…/" themselves, so an address is decided once and a link can never drift from its page.
 */

export const articlePath = (id: string) => `/articles/${id}/`;
export const sourcePath = (id: string) => `/sources/${id}/`;
/** The list of source documents. */
export const sourcesPath = () => '/sources/';
/** Every article, newest first, a page at a time. */
export const archivePath = () => '/archive/';
/** A paragraph (p…), sentence (s…) or heading of a source document. */
export const passagePath = (source: string, passage: string) => `${sourcePath(source)}#${passage}`;
export const topicPath = (id: string) => `/topics/${id}/`;
/** A topic's own feed (RSS). */
export const topicFeedPath = (id: string) => `${topicPath(id)}rss.xml`;
/** The page about subscribing, or one story's or topic's entry on it ("story-<id>", "topic-<id>"). */
export const subscribePath = (entry?: string) => `/subscribe/${entry ? `#${entry}` : ''}`;
/** The page of every context fact, or one fact's entry on it. */
export const contextPath = (fact?: string) => `/context/${fact ? `#${fact}` : ''}`;

/** A story's page: its lead explainer, its timeline, its articles and sources. */
export const storyPath = (id: string) => `/stories/${id}/`;
/** A story's whole timeline, or one event on it. */
export const timelinePath = (story: string, anchor?: string) =>
  `${storyPath(story)}timeline/${anchor ? `#${anchor}` : ''}`;
/** A story's own RSS feed. */
export const storyFeedPath = (id: string) => `${storyPath(id)}rss.xml`;

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
