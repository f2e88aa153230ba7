/**
 * Every internal link and #fragment of a built site resolves: the build fails on one that does not
 * (src/integrations/built-pages.ts), and the tests over dist/ run the same check. Pure: the pages' HTML and the set
 * of files in, broken links out. Written here rather than taken from linkinator or hyperlink: those
 * need a server or do not check #fragments against ids; this reads the built pages directly.
 */

export interface BrokenLink {
  /** The page the link is on: "/articles/x/". */
  page: string;
  href: string;
  reason: string;
}

const SKIPPED = /^(mailto:|tel:|data:|javascript:)/;
const BASE = 'https://site.invalid';

/** The ids an HTML page declares. */
export const idsIn = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/**
 * `pages`: URL path → HTML, for every built page. `files`: every built file's URL path ("/rss.xml",
 * "/articles/x/index.html"). A link to a page resolves when its index.html is built.
 */
export function brokenLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>): BrokenLink[] {
  const ids = new Map([...pages].map(([page, html]) => [page, idsIn(html)]));
  const exists = (pathname: string) =>
    files.has(pathname) || files.has(`${pathname.endsWith('/') ? pathname : `${pathname}/`}index.html`);
  // Most links are written the same way on many pages ("/articles/x/", "#p3"): each is read once.
  const read = new Map<string, { pathname: string; fragment: string } | null>();
  const resolve = (href: string, page: string, here: string) => {
    // An address from the root, or a fragment alone, means the same on every page (a fragment, on its own page).
    const fragmentOnly = href.startsWith('#');
    const key = fragmentOnly || (href.startsWith('/') && !href.startsWith('//')) ? href : `${page}\n${href}`;
    let target = read.get(key);
    if (target === undefined) {
      const url = new URL(href, new URL(fragmentOnly ? '/' : page, BASE));
      target =
        url.origin === BASE
          ? { pathname: decodeURIComponent(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) }
          : null;
      read.set(key, target);
    }
    return target && fragmentOnly ? { pathname: here, fragment: target.fragment } : target;
  };
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    const here = decodeURIComponent(new URL(page, BASE).pathname);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      if (SKIPPED.test(href)) continue;
      const resolved = resolve(href, page, here);
      if (!resolved) continue;
      const { pathname, fragment } = resolved;
      if (!exists(pathname)) {
        broken.push({ page, href, reason: `no page or file ${pathname} is built` });
        continue;
      }
      const target = ids.get(pathname.endsWith('/') ? pathname : `${pathname}/`) ?? ids.get(pathname);
      if (fragment && target && !target.has(fragment)) {
        broken.push({ page, href, reason: `${pathname} has no id "${fragment}"` });
      }
    }
  }
  return broken;
}

/** What the build says when links are broken: how many, and the first 50, each with its page. */
export function brokenLinksMessage(broken: readonly BrokenLink[]): string {
  const listed = broken.slice(0, 50).map((b) => `  ${b.page}: ${b.href}: ${b.reason}`);
  return `Broken links: ${broken.length} link(s) to pages or ids that are not built:\n${listed.join('\n')}`;
}
