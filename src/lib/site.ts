import { DEFAULT_EDITION, DEFAULT_LANG, type Lang } from './editions.ts';

/** The site's name and what it is, as link previews, feeds and structured data give them (the first edition's). */
export const SITE_NAME = DEFAULT_EDITION.siteName;
export const SITE_TAGLINE = DEFAULT_EDITION.tagline;
export const SITE_DESCRIPTION = DEFAULT_EDITION.description;
/** Open Graph's form of the site's language (the pages say en-GB). */
export const OG_LOCALE = DEFAULT_EDITION.ogLocale;

/** The publisher's logo (src/pages/logo.png.ts draws it from the favicon). */
export const LOGO = { src: '/logo.png', width: 512, height: 512 } as const;

/** The whole site's feeds, in the order the subscribe page and autodiscovery list them. */
export const SITE_FEEDS = [
  { href: '/rss.xml', type: 'application/rss+xml', format: 'RSS' },
  { href: '/atom.xml', type: 'application/atom+xml', format: 'Atom' },
  { href: '/feed.json', type: 'application/feed+json', format: 'JSON Feed' },
] as const;

/** The whole-site feeds an edition publishes: the first edition's are SITE_FEEDS; the others' under their prefix. */
const TRANSLATED_FEEDS: Partial<Record<Lang, readonly { href: string; type: string; format: string }[]>> = {
  ru: SITE_FEEDS.map((feed) => ({ ...feed, href: `/ru${feed.href}` })),
};

export function editionFeeds(lang: Lang): readonly { href: string; type: string; format: string }[] {
  return lang === DEFAULT_LANG ? SITE_FEEDS : (TRANSLATED_FEEDS[lang] ?? []);
}
