/**
 * The about, subscribe, search, archive and not-found pages of every translated edition, as its readers meet
 * them: in the edition's language, saying what the edition holds, and linking to the edition's own pages
 * (or, where it has none, to the English page, marked with hreflang). Their alternates are checked with every
 * other translated page in editions.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { count, t } from '../../src/i18n';
import { DEFAULT_EDITION, TRANSLATED_EDITIONS } from '../../src/lib/editions';
import { localizedPath, notFoundPath, unlocalizedPath } from '../../src/lib/paths';
import { distFiles, page, pages, SITE, squash } from './dist';

describe.each(TRANSLATED_EDITIONS.map((e) => [e.lang, e] as const))('the %s edition', (lang, edition) => {
  const words = t(lang);
  const here = (path: string) => localizedPath(path, lang);
  const heading = (path: string) => squash(page(path).querySelector('h1')!.text);

  it.each([
    ['/about/', words.about.heading],
    ['/subscribe/', words.subscribe.heading],
    ['/search/', words.search.heading],
    ['/archive/', words.archive.heading],
  ])('has %s in its language, with its heading', (path, title) => {
    expect(pages()).toContain(here(path));
    expect(page(here(path)).querySelector('html')!.getAttribute('lang')).toBe(edition.locale);
    expect(heading(here(path))).toBe(title);
  });

  it.each(['/about/', '/subscribe/', '/search/', '/archive/', '/404.html'])(
    'links from %s to its own pages, or to an English page marked with hreflang',
    (path) => {
      const html = page(path === '/404.html' ? notFoundPath(lang) : here(path));
      for (const a of html.querySelectorAll('main a[href]')) {
        const href = new URL(a.getAttribute('href')!, `${SITE}/`);
        if (href.origin !== SITE) continue;
        if (unlocalizedPath(href.pathname).lang !== lang)
          expect(a.getAttribute('hreflang'), `${squash(a.text)} → ${href.pathname}`).toBe(DEFAULT_EDITION.hreflang);
      }
    },
  );

  it('serves its not-found page at its prefix’s 404.html, unlisted, with a search in its language', () => {
    const html = page(notFoundPath(lang));
    expect(html.querySelector('html')!.getAttribute('lang')).toBe(edition.locale);
    expect(heading(notFoundPath(lang))).toBe(words.notFound.title);
    expect(html.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    expect(html.querySelectorAll('link[rel="alternate"][hreflang], link[rel="canonical"]')).toHaveLength(0);
    const form = html.querySelector('main form[role="search"]')!;
    expect(form.getAttribute('action')).toBe(here('/search/'));
    expect(squash(form.querySelector('label')!.text)).toBe(words.notFound.searchLabel);
    expect(distFiles('.html')).not.toContain(`${edition.prefix.slice(1)}/404/index.html`);
  });

  it('lists every article it publishes in its archive, each once, in its words', () => {
    const listed = page(here('/archive/'))
      .querySelectorAll('main article h2 a')
      .map((a) => a.getAttribute('href'));
    const published = pages().filter((p) => p.startsWith(here('/articles/')));
    expect(listed.sort()).toEqual(published.sort());
    for (const href of listed) {
      const title = squash(page(href!).querySelector('h1')!.text);
      expect(squash(page(here('/archive/')).querySelector(`main a[href="${href}"]`)!.text)).toBe(title);
    }
  });

  it('offers every feed it publishes on its subscribe page, and only those', () => {
    const offered = page(here('/subscribe/'))
      .querySelectorAll('main code')
      .map((c) => squash(c.text).slice(SITE.length));
    const built = [...distFiles('.xml'), ...distFiles('.json')]
      .map((f) => `/${f}`)
      .filter((f) => f.startsWith(`${edition.prefix}/`) && /(?:rss|atom)\.xml$|\/feed\.json$/.test(f));
    expect(built.length).toBeGreaterThan(3);
    expect(offered.sort()).toEqual(built.sort());
  });

  it('gives its search script the edition’s locale and words, and its form searches the edition', () => {
    const form = page(here('/search/')).querySelector('form[data-search-form]')!;
    expect(form.getAttribute('action')).toBe(here('/search/'));
    expect(form.getAttribute('data-locale')).toBe(edition.locale);
    const given = JSON.parse(form.getAttribute('data-words')!);
    for (const key of ['prompt', 'none', 'found', 'passages', 'pages', 'verb', 'failed'] as const)
      expect(given[key]).toEqual(words.search[key]);
  });

  it('states the about page’s counts from its own articles', () => {
    const text = squash(page(here('/about/')).querySelector('main')!.text);
    const articles = pages().filter((p) => p.startsWith(here('/articles/')));
    // Each evidence marker is a link to its passage or fact, after the words "Evidence: " for screen readers.
    const markers = articles.reduce(
      (n, a) => n + page(a).querySelectorAll('article .ev').length,
      0,
    );
    expect(markers).toBeGreaterThan(0);
    expect(text).toContain(count(lang, words.about.markers, markers));
    expect(text).toContain(squash(words.about.translations));
  });
});
