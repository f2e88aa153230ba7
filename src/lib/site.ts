/** The site's name and what it is, as link previews, feeds and structured data give them. */
export const SITE_NAME = 'Multivector';
// Said of the whole site, whatever stories it holds: each story says what it is about in content/stories/.
export const SITE_TAGLINE = 'News explained from the evidence';
export const SITE_DESCRIPTION =
  'News stories explained from the reports they rest on: every quotation checked against its source, every claim with its evidence, facts from other reporting cited.';
/** Open Graph's form of the site's language (the pages say en-GB). */
export const OG_LOCALE = 'en_GB';

/** The publisher's logo (src/pages/logo.png.ts draws it from the favicon). */
export const LOGO = { src: '/logo.png', width: 512, height: 512 } as const;

/** The whole site's feeds, in the order the subscribe page and autodiscovery list them. */
export const SITE_FEEDS = [
  { href: '/rss.xml', type: 'application/rss+xml', format: 'RSS' },
  { href: '/atom.xml', type: 'application/atom+xml', format: 'Atom' },
  { href: '/feed.json', type: 'application/feed+json', format: 'JSON Feed' },
] as const;
