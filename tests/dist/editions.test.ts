/**
 * The editions as a reader and a search engine meet them: every translated page names itself and its
 * English page as alternates (and x-default), the English page names it back, and every quotation on a
 * translated page shows the original words beside our translation and links to the passage.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITION, TRANSLATED_EDITIONS } from '../../src/lib/editions';
import { unlocalizedPath } from '../../src/lib/paths';
import { page, pages, SITE, squash } from './dist';

/** A page's hreflang alternates, as hreflang → path. */
const alternates = (urlPath: string) =>
  Object.fromEntries(
    page(urlPath)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!.slice(SITE.length)]),
  );

const translated = pages().filter((p) => unlocalizedPath(p).lang !== DEFAULT_EDITION.lang);

it('builds pages of every translated edition', () => {
  for (const e of TRANSLATED_EDITIONS) expect(translated.some((p) => p.startsWith(`${e.prefix}/`)), e.lang).toBe(true);
});

describe.each(translated)('%s', (urlPath) => {
  const { lang, path: english } = unlocalizedPath(urlPath);
  const edition = TRANSLATED_EDITIONS.find((e) => e.lang === lang)!;

  it(`says it is in ${edition.locale}`, () => {
    expect(page(urlPath).querySelector('html')!.getAttribute('lang')).toBe(edition.locale);
  });

  it('names itself, its English page and x-default as alternates, and the English page names the same', () => {
    const expected = { en: english, [edition.hreflang]: urlPath, 'x-default': english };
    expect(alternates(urlPath)).toEqual(expected);
    expect(alternates(english)).toEqual(expected);
  });

  it('links to its English page in the language switcher, and the English page links back', () => {
    const link = (from: string, to: string) => page(from).querySelector(`footer a[href="${to}"][hreflang]`);
    expect(link(urlPath, english)).not.toBeNull();
    expect(link(english, urlPath)).not.toBeNull();
  });

  it('shows the original beside every quotation in our translation, and links to its passage', () => {
    const html = page(urlPath);
    for (const q of html.querySelectorAll(`q[lang="${edition.locale}"]`)) {
      const passage = new URL(q.getAttribute('cite')!).hash.slice(1);
      const original = q.nextElementSibling;
      expect(original?.classNames, q.text).toContain('q-orig');
      expect(original!.getAttribute('lang')).toBe('en');
      // The original's words are the source's, as its English page has them.
      const source = new URL(q.getAttribute('cite')!).pathname;
      const inSource = squash(page(source).getElementById(passage)!.text);
      expect(inSource).toContain(squash(original!.querySelector('q')!.text));
      const block = q.closest('p, li')!;
      const links = block.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links, q.text).toContain(`${edition.prefix}${source}#${passage}`);
    }
    for (const figure of html.querySelectorAll('figure.cite-block')) {
      expect(figure.querySelector('details.orig p[lang="en"]')).not.toBeNull();
      expect(figure.querySelector('figcaption a')!.getAttribute('href')).toMatch(/#[ps]\d+$/);
    }
  });
});

it('shows each passage of a translated source page in the original, with its id, and our translation', () => {
  for (const urlPath of translated.filter((p) => /\/sources\/[^/]+\/$/.test(p))) {
    const html = page(urlPath);
    const english = page(unlocalizedPath(urlPath).path);
    const sentences = english.querySelectorAll('span.sentence[id]');
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) {
      const here = html.getElementById(s.id);
      expect(here, s.id).not.toBeNull();
      expect(squash(here!.querySelector('p[lang="en"]')!.text)).toContain(squash(s.text));
      expect(here!.querySelectorAll('p').length).toBe(2);
    }
  }
});

describe.each(TRANSLATED_EDITIONS)('the $lang edition, offered from every English page', (edition) => {
  const english = pages().filter((p) => unlocalizedPath(p).lang === DEFAULT_EDITION.lang);
  it.each(english)('%s: its footer links to this page in the edition, or else to the edition’s home', (urlPath) => {
    const link = page(urlPath).querySelector(`footer a[hreflang="${edition.hreflang}"]`);
    expect(link, 'no link to the edition in the footer').not.toBeNull();
    const same = alternates(urlPath)[edition.hreflang];
    expect(link!.getAttribute('href')).toBe(same ?? `${edition.prefix}/`);
    expect(link!.getAttribute('lang')).toBe(edition.locale);
  });
});
