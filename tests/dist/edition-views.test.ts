/**
 * The pages every edition builds from one view (src/views/): home, context, topics and each topic. A
 * translated edition's page is headed in its own words, lists what its English page lists where the edition
 * has translated it, in the same order, and links only to its own edition's pages or, marked with hreflang,
 * to an English one.
 */
import { describe, expect, it } from 'vitest';
import { fill, t } from '../../src/i18n';
import { DEFAULT_EDITION, TRANSLATED_EDITIONS } from '../../src/lib/editions';
import { localizedPath, unlocalizedPath } from '../../src/lib/paths';
import { page, pages, SITE, squash, topicPages } from './dist';

const viewPages = (prefix: string) => [
  `${prefix}/`,
  `${prefix}/context/`,
  `${prefix}/topics/`,
  ...pages().filter((p) => p.startsWith(`${prefix}/topics/`) && p !== `${prefix}/topics/`),
];
const hrefs = (urlPath: string, selector: string) =>
  page(urlPath)
    .querySelectorAll(selector)
    .map((a) => a.getAttribute('href')!);

describe.each(TRANSLATED_EDITIONS.map((e) => [e.lang, e] as const))('the %s edition', (lang, edition) => {
  const words = t(lang);
  const built = viewPages(edition.prefix);

  it('builds its home, context, topics and a page for each topic it has translated', () => {
    expect(built.length).toBeGreaterThan(3);
    for (const urlPath of built) expect(pages(), urlPath).toContain(urlPath);
    expect(pages().filter((p) => /^\/[^/]+\/topics\/[^/]+\/$/.test(p) && p.startsWith(`${edition.prefix}/`)).length).toBe(
      topicPages().length,
    );
  });

  it.each([
    ['/', fill(words.home.heading, { site: edition.siteName })],
    ['/context/', words.contextPage.heading],
    ['/topics/', words.topicsPage.heading],
  ])('heads %s in its own words', (path, heading) => {
    const here = localizedPath(path, lang);
    expect(page(here).querySelector('html')!.getAttribute('lang')).toBe(edition.locale);
    expect(squash(page(here).querySelector('h1')!.text)).toBe(heading);
    expect(squash(page(path).querySelector('h1')!.text)).not.toBe(heading);
  });

  it.each(built)('%s links, in its text, only to its edition’s pages, or to an English one marked as English', (urlPath) => {
    for (const a of page(urlPath).querySelectorAll('main a[href^="/"]')) {
      const href = a.getAttribute('href')!;
      if (unlocalizedPath(href).lang === lang) continue;
      expect(a.getAttribute('hreflang'), `${href} on ${urlPath}`).toBe(DEFAULT_EDITION.hreflang);
    }
  });

  it('lists on its home page every translated article the English home page lists, in the same order', () => {
    const articles = (urlPath: string) => hrefs(urlPath, 'main article h3 a').map((h) => unlocalizedPath(h).path);
    const translated = new Set(pages().filter((p) => p.startsWith(`${edition.prefix}/articles/`)));
    const expected = articles('/').filter((p) => translated.has(localizedPath(p, lang)));
    expect(expected.length).toBeGreaterThan(0);
    expect(articles(localizedPath('/', lang))).toEqual(expected);
  });

  describe.each(topicPages())('the topic %s', (english) => {
    const here = localizedPath(english, lang);

    it('lists the translations of the English topic page’s articles, newest first, as its cards', () => {
      const listed = (urlPath: string) =>
        hrefs(urlPath, 'main article h2 a').map((h) => unlocalizedPath(h).path);
      const translated = new Set(pages().filter((p) => p.startsWith(`${edition.prefix}/articles/`)));
      expect(listed(here)).toEqual(listed(english).filter((p) => translated.has(localizedPath(p, lang))));
      for (const href of hrefs(here, 'main article h2 a')) expect(href.startsWith(`${edition.prefix}/articles/`)).toBe(true);
    });

    it('names the topic in its words and announces the topic’s feed in its edition', () => {
      const name = squash(page(here).querySelector('h1')!.text);
      expect(name).not.toBe(squash(page(english).querySelector('h1')!.text));
      const feed = page(here)
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .find((l) => l.getAttribute('href')!.includes('/topics/'))!;
      expect(feed.getAttribute('href')).toBe(`${SITE}${here}rss.xml`);
      expect(feed.getAttribute('title')).toBe(fill(words.seo.topicFeedTitle, { site: edition.siteName, topic: name }));
    });
  });
});
