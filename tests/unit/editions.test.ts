import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LANG,
  EDITIONS,
  LANGS,
  TRANSLATED_EDITIONS,
  edition,
  editionOfPath,
  isLang,
  type Lang,
} from '../../src/lib/editions';

describe('the editions', () => {
  it('lists English first: its addresses keep no prefix', () => {
    expect(LANGS).toEqual(['en', 'ru']);
    expect(DEFAULT_LANG).toBe('en');
    expect(edition().prefix).toBe('');
    expect(TRANSLATED_EDITIONS.map((e) => e.lang)).toEqual(['ru']);
  });

  it.each([
    ['en', 'en-GB', 'en_GB', '', 'English'],
    ['ru', 'ru-RU', 'ru_RU', '/ru', 'Русский'],
  ] as const)('%s: locale %s, og:locale %s, prefix "%s", named %s', (lang, locale, ogLocale, prefix, name) => {
    const e = edition(lang);
    expect([e.locale, e.ogLocale, e.prefix, e.name, e.dir]).toEqual([locale, ogLocale, prefix, name, 'ltr']);
  });

  it('gives each edition its own prefix, locale and feed title, so no two can share an address or a feed', () => {
    for (const field of ['lang', 'locale', 'prefix', 'hreflang'] as const) {
      expect(new Set(EDITIONS.map((e) => e[field])).size).toBe(EDITIONS.length);
    }
    expect(new Set(EDITIONS.map((e) => e.feed.title)).size).toBe(EDITIONS.length);
  });

  it('keeps every description within the 200 characters previews show', () => {
    for (const e of EDITIONS) {
      expect(e.description.length).toBeLessThanOrEqual(200);
      expect(e.feed.description.length).toBeLessThanOrEqual(200);
    }
  });

  it.each([
    ['en', true],
    ['ru', true],
    ['kk', false],
    ['EN', false],
    [undefined, false],
  ])('isLang(%s) is %s', (value, expected) => expect(isLang(value)).toBe(expected));

  it('refuses an unknown edition, naming the known ones', () => {
    expect(() => edition('kk' as Lang)).toThrow(/unknown edition "kk"; expected one of "en", "ru"/);
  });

  it.each([
    ['/', 'en'],
    ['/timeline/', 'en'],
    ['/rules/', 'en'],
    ['/rus/', 'en'],
    ['/ru', 'ru'],
    ['/ru/', 'ru'],
    ['/ru/timeline/', 'ru'],
    ['/ru/sources/x/#s14', 'ru'],
  ])('%s is in the %s edition', (path, lang) => expect(editionOfPath(path).lang).toBe(lang));
});
