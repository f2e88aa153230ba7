/**
 * The two settings a person running the site may need to change, read from the environment (so
 * nobody edits a file to deploy or to free a port), each checked with a message that says what to set.
 * astro.config.mjs reads both.
 */

/** Where the site lives until SITE_URL says otherwise: a reserved name, so nothing links anywhere real. */
export const DEFAULT_SITE_URL = 'https://multivector.example';
/** The port `npm start`, `npm run preview` and `npm run dev` serve on until PORT says otherwise. */
export const DEFAULT_PORT = 4321;

/**
 * SITE_URL: the site's public https origin ("https://news.example.org"), from which every canonical
 * address, feed link, sitemap entry and preview card address is made. Served from the root, so a path
 * is refused rather than quietly dropped.
 */
export function siteUrl(value: string | undefined): string {
  const text = value?.trim();
  if (!text) return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL: expected the site's https address, such as https://news.example.org, found "${value}"`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`SITE_URL: expected an https:// address (feeds, previews and the CSP need it), found "${value}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL: expected the origin alone (the site is served from its root), such as ${url.origin}, found "${value}"`,
    );
  }
  return url.origin;
}

/** PORT: the port to serve on, a whole number from 1 to 65535. */
export function serverPort(value: string | undefined): number {
  const text = value?.trim();
  if (!text) return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new Error(`PORT: expected a port number from 1 to 65535, found "${value}"`);
  }
  return port;
}
