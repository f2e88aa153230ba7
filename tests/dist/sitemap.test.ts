/** robots.txt, the sitemap, and that every page a reader can reach is in it with its date. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xmlError } from '../../src/lib/xml-check';
import { articles, distFile, page, pages, SITE } from './dist';

const xml = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });

describe('robots.txt and the sitemap', () => {
  const sitemapUrl = /^Sitemap: (.+)$/m.exec(distFile('/robots.txt'))?.[1];
  const index = distFile(new URL(sitemapUrl!).pathname);
  const sitemaps: { loc: string }[] = xml.parse(index).sitemapindex.sitemap;
  const urls: { loc: string; lastmod?: string }[] = sitemaps.flatMap(
    (s) => xml.parse(distFile(new URL(s.loc).pathname)).urlset.url,
  );

  it('robots.txt names the sitemap index, at an absolute address, and allows crawling', () => {
    expect(sitemapUrl).toBe(`${SITE}/sitemap-index.xml`);
    expect(distFile('/robots.txt')).toMatch(/^User-agent: \*\nAllow: \//);
    expect(xmlError(index)).toBeUndefined();
  });

  it('lists every page a reader can reach, each once, and nothing else (a page kept at an earlier address lists its canonical page)', () => {
    const listed = urls.map((u) => u.loc);
    expect(new Set(listed).size).toBe(listed.length);
    const canonical = (p: string) => page(p).querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(listed.sort()).toEqual(
      pages()
        .map((p) => `${SITE}${p}`)
        .filter((url) => canonical(url.slice(SITE.length)) === url)
        .sort(),
    );
  });

  it.each(articles())('gives %s its last change, as the page declares it', (urlPath) => {
    const entry = urls.find((u) => u.loc === `${SITE}${urlPath}`)!;
    const modified = page(urlPath).querySelector('meta[property="article:modified_time"]')!.getAttribute('content')!;
    expect(Date.parse(entry.lastmod!)).toBe(Date.parse(modified));
  });

  it('dates the home page by its newest article', () => {
    const newest = Math.max(
      ...articles().map((a) =>
        Date.parse(page(a).querySelector('meta[property="article:modified_time"]')!.getAttribute('content')!),
      ),
    );
    expect(Date.parse(urls.find((u) => u.loc === `${SITE}/`)!.lastmod!)).toBe(newest);
  });
});
