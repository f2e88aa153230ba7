/**
 * The interface's words per edition: t(lang) gives its strings file, typed by the English one, so every
 * edition has every key (src/i18n/ru.ts is checked against en.ts by the type system) and a caller can
 * only ask for a key that exists. Counts, numbers and language names go through Intl in the edition's
 * locale. Adding an edition: its entry in src/lib/editions.ts, then its strings file here (STRINGS will
 * not type-check without it). See src/i18n/README.md.
 */
import { DEFAULT_LANG, edition, LANGS, type Lang } from '../lib/editions.ts';
import { en } from './en.ts';
import { formatNumber, plural, type Plural } from './plural.ts';
import { ru } from './ru.ts';

export { fill, segments, slotsOf, type Plural, type Segment } from './plural.ts';

/** The shape of every strings file: the English one's. */
export type Strings = typeof en;

const STRINGS: Record<Lang, Strings> = { en, ru };

/** The interface's words in an edition. */
export function t(lang: Lang = DEFAULT_LANG): Strings {
  return STRINGS[lang];
}

/** A count in an edition's words: count("ru", t("ru").timeline.events, 19) → "19 событий". */
export function count(
  lang: Lang,
  forms: Plural,
  value: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return plural(edition(lang).locale, forms, value, values);
}

/** A number as the edition writes it. */
export function number(lang: Lang, value: number): string {
  return formatNumber(edition(lang).locale, value);
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in an edition's language: languageName("ru", "en") → "английский". */
export function languageName(lang: Lang, code: string): string {
  const locale = edition(lang).locale;
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })));
  return names.of(code) ?? code;
}

/**
 * One string of every edition, by the locale its pages carry in <html lang>: for a script shared by every
 * page that must speak the page's language without the page carrying the words (astro.config.mjs gives it
 * to scripts through Vite's `define`).
 */
export function byLocale(pick: (words: Strings) => string): Record<string, string> {
  return Object.fromEntries(LANGS.map((lang) => [edition(lang).locale, pick(t(lang))]));
}
