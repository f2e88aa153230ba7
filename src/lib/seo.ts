/**
 * The tags link previews read (Open Graph, Twitter's card) for one page. Pure: page facts in,
 * a list of <meta> tags out. Every address becomes absolute https from the one `site` setting,
 * because a scraper reads the page out of context and cannot resolve a relative one.
 */

/** A page's image for previews. */
export interface SeoImage {
  /** Root-relative ("/og/site.png") or absolute address. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

/** What makes a page an article for previews. */
export interface SeoArticle {
  /** ISO 8601 with its time zone. */
  published: string;
  /** ISO 8601 with its time zone; the publication time when never updated. */
  modified: string;
  /** The section's name (the article's first topic). */
  section: string;
  /** Every topic's name. */
  tags: string[];
}

export interface SeoPage {
  site: URL | string;
  /** The page's path, e.g. "/articles/x/". */
  path: string;
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  image: SeoImage;
  siteName: string;
  /** Open Graph locale, e.g. "en_GB". */
  locale: string;
  /** The Open Graph locales of the page's other editions (og:locale:alternate). */
  alternateLocales?: readonly string[] | undefined;
  article?: SeoArticle | undefined;
}

/** A <meta> tag: Open Graph uses `property`, Twitter uses `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** An absolute https address on the site; throws if the site setting is not https. */
export function absoluteUrl(pathOrUrl: string, site: URL | string): string {
  const base = new URL(site);
  if (base.protocol !== 'https:') {
    throw new Error(`astro.config.mjs: site: expected an https:// address, found "${base.href}"`);
  }
  return new URL(pathOrUrl, base).href;
}

export function previewTags(page: SeoPage): MetaTag[] {
  const url = absoluteUrl(page.path, page.site);
  const og = (property: string, content: string | number): MetaTag => ({ property, content: String(content) });
  const tags: MetaTag[] = [
    og('og:site_name', page.siteName),
    og('og:locale', page.locale),
    ...(page.alternateLocales ?? []).map((locale) => og('og:locale:alternate', locale)),
    og('og:type', page.article ? 'article' : 'website'),
    og('og:url', url),
    og('og:title', page.title),
    og('og:description', page.description),
    og('og:image', absoluteUrl(page.image.src, page.site)),
    og('og:image:type', 'image/png'),
    og('og:image:width', page.image.width),
    og('og:image:height', page.image.height),
    og('og:image:alt', page.image.alt),
  ];
  if (page.article) {
    const a = page.article;
    tags.push(
      og('article:published_time', a.published),
      og('article:modified_time', a.modified),
      og('article:section', a.section),
      ...a.tags.map((tag) => og('article:tag', tag)),
    );
  }
  tags.push(
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image:alt', content: page.image.alt },
  );
  return tags;
}
