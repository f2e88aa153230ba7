/**
 * The site's editions, as data: one entry per language the site is published in, English first. Every
 * type and lookup below is derived from this list, so adding an edition (Kazakh, say) is one more entry
 * here, a strings file in src/i18n/ and its translations in content/translations/<lang>/; nothing else
 * names a language. Pure: no Astro, no file system, so the island and the tests can use it too.
 */

export interface EditionData {
  /** BCP 47 language subtag: the folder of its content and the first segment of its addresses. */
  lang: string;
  /** The full tag for `<html lang>`, `xml:lang`, JSON-LD `inLanguage` and feeds: the spelling the pages use. */
  locale: string;
  /** The locale dates and numbers are written in (Intl). */
  dateLocale: string;
  /** Open Graph's form of the locale (og:locale), with an underscore. */
  ogLocale: string;
  /** `hreflang` of its pages: the language alone, since each edition is for its readers in every country. */
  hreflang: string;
  /** Text direction, for `<html dir>`. */
  dir: 'ltr' | 'rtl';
  /** Where its addresses start: '' for the first edition, which keeps the site's original addresses. */
  prefix: '' | `/${string}`;
  /** The language's name in itself, as the language switcher offers it ("Русский"). */
  name: string;
  /** The site's name in this edition. */
  siteName: string;
  /** What the site is, in a line (cards, the home page's title). */
  tagline: string;
  /** What the site is, in a sentence: link previews, feeds' descriptions, structured data. */
  description: string;
  /** The whole site's feeds: their title and description in this edition. */
  feed: { title: string; description: string };
}

export const EDITIONS = [
  {
    lang: 'en',
    locale: 'en-GB',
    dateLocale: 'en-GB',
    ogLocale: 'en_GB',
    hreflang: 'en',
    dir: 'ltr',
    prefix: '',
    name: 'English',
    siteName: 'Multivector',
    // Said of the whole site, whatever stories it holds: each story says what it is about in content/stories/.
    tagline: 'News explained from the evidence',
    description:
      'News stories explained from the reports they rest on: every quotation checked against its source, every claim with its evidence, facts from other reporting cited.',
    feed: {
      title: 'Multivector',
      description:
        'News stories explained from the reports they rest on: every quotation checked against its source, every claim with its evidence, facts from other reporting cited.',
    },
  },
  {
    lang: 'ru',
    locale: 'ru-RU',
    dateLocale: 'ru-RU',
    ogLocale: 'ru_RU',
    hreflang: 'ru',
    dir: 'ltr',
    prefix: '/ru',
    name: 'Русский',
    siteName: 'Multivector',
    tagline: 'Новости, объяснённые по источникам',
    description:
      'Новости, объяснённые по сообщениям, на которых они основаны: каждая цитата сверена с источником, у каждого утверждения есть подтверждение, факты из других публикаций приведены со ссылками.',
    feed: {
      title: 'Multivector (русская версия)',
      description:
        'Новости, объяснённые по сообщениям, на которых они основаны: каждая цитата сверена с источником, у каждого утверждения есть подтверждение, факты из других публикаций приведены со ссылками.',
    },
  },
] as const satisfies readonly EditionData[];

export type Edition = (typeof EDITIONS)[number];
/** A language the site is published in: 'en' | 'ru'. */
export type Lang = Edition['lang'];

/** Every edition's language, in the list's order. */
export const LANGS: readonly Lang[] = EDITIONS.map((e) => e.lang);

/** The first edition: its addresses have no prefix, and it is the `x-default` of every page. */
export const DEFAULT_EDITION: Edition = EDITIONS[0];
export const DEFAULT_LANG: Lang = DEFAULT_EDITION.lang;

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

const byLang = new Map<string, Edition>(EDITIONS.map((e) => [e.lang, e]));

/** The edition of a language; an unknown one is a mistake in the caller, so it throws naming the choices. */
export function edition(lang: Lang = DEFAULT_LANG): Edition {
  const found = byLang.get(lang);
  if (!found)
    throw new RangeError(`unknown edition "${lang}"; expected one of ${LANGS.map((l) => `"${l}"`).join(', ')}`);
  return found;
}

/** The editions other than the first: the ones whose content lives in a folder of their language. */
export const TRANSLATED_EDITIONS: readonly Edition[] = EDITIONS.slice(1);

/**
 * The edition an address belongs to: the one whose prefix opens it ("/ru/timeline/" → ru), else the first.
 * A prefix counts only as a whole segment, so "/rules/" is English.
 */
export function editionOfPath(path: string): Edition {
  return (
    TRANSLATED_EDITIONS.find(
      (e) => path === e.prefix || path.startsWith(`${e.prefix}/`) || path.startsWith(`${e.prefix}#`),
    ) ?? DEFAULT_EDITION
  );
}
