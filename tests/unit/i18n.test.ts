import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime, formatDay, gapLabel } from '../../src/i18n/dates';
import { en } from '../../src/i18n/en';
import { count, languageName, number, t } from '../../src/i18n/index';
import { searchResults, timelineStatus } from '../../src/i18n/messages';
import { fill, pluralCategories, segments, slotsOf, type Plural } from '../../src/i18n/plural';
import { ru } from '../../src/i18n/ru';
import * as englishDates from '../../src/lib/dates';
import { LANGS } from '../../src/lib/editions';

type Tree = { [key: string]: unknown };
const isPlural = (value: unknown): value is Plural =>
  typeof value === 'object' && value !== null && typeof (value as Plural).other === 'string';

/** Every entry of a strings file, by its dotted key. */
function entries(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null && !isPlural(value)
      ? entries(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

const english = new Map(entries(en));
const russian = entries(ru);
const sorted = (values: string[]) => [...new Set(values)].sort();

describe('the Russian strings file against the English one', () => {
  it('has exactly the same keys (the type system checks this too)', () => {
    expect(russian.map(([key]) => key)).toEqual([...english.keys()]);
  });

  it.each(russian.filter(([, v]) => typeof v === 'string'))('%s has the slots of the English', (key, value) => {
    expect(sorted(slotsOf(value as string))).toEqual(sorted(slotsOf(english.get(key) as string)));
  });

  it.each(russian.filter(([, v]) => isPlural(v)))(
    '%s gives every Russian plural form, each with the slots of the English',
    (key, value) => {
      const forms = value as Plural;
      const englishSlots = sorted(slotsOf((english.get(key) as Plural).other));
      for (const category of pluralCategories('ru')) {
        expect(forms[category], `${key}: no "${category}" form`).toBeTypeOf('string');
        expect(sorted(slotsOf(forms[category]!))).toEqual(englishSlots);
      }
    },
  );

  it.each([...english].filter(([, v]) => isPlural(v)))('%s gives English its one and other forms', (_key, value) => {
    for (const category of pluralCategories('en')) expect((value as Plural)[category]).toBeTypeOf('string');
  });

  it('quotes in Russian marks: «…», never “…” or straight ones', () => {
    const quoted = russian.flatMap(([key, value]) =>
      (isPlural(value) ? Object.values(value) : [value])
        .filter((v) => typeof v === 'string' && /["“”]/.test(v))
        .map(() => key),
    );
    expect(quoted).toEqual([]);
  });

  it('has a strings file for every edition', () => {
    for (const lang of LANGS) expect(t(lang).layout.skipToContent).toBeTruthy();
    expect(t('ru')).toBe(ru);
    expect(t()).toBe(en);
  });
});

describe('counts in each language (Intl.PluralRules)', () => {
  it.each([
    [0, '0 событий'],
    [1, '1 событие'],
    [2, '2 события'],
    [4, '4 события'],
    [5, '5 событий'],
    [11, '11 событий'],
    [19, '19 событий'],
    [21, '21 событие'],
    [22, '22 события'],
    [25, '25 событий'],
    [101, '101 событие'],
    [111, '111 событий'],
    [1.5, '1,5 события'],
  ])('ru: %s → "%s"', (n, words) => expect(count('ru', ru.timeline.events, n)).toBe(words));

  it.each([
    [0, '0 events'],
    [1, '1 event'],
    [2, '2 events'],
    [19, '19 events'],
    [21, '21 events'],
  ])('en: %s → "%s"', (n, words) => expect(count('en', en.timeline.events, n)).toBe(words));

  it.each([
    ['en', 1, 'one news report'],
    ['en', 3, '3 news reports'],
    ['ru', 1, 'одном новостном сообщении'],
    ['ru', 21, '21 новостном сообщении'],
    ['ru', 3, '3 новостных сообщениях'],
  ] as const)('an exact form wins over the category: %s %s → "%s"', (lang, n, words) => {
    expect(count(lang, t(lang).about.reports, n)).toBe(words);
  });

  it.each([
    ['en', 0, '0 articles'],
    ['en', 1, '1 article'],
    ['en', 3, '3 articles'],
    ['ru', 1, '1 статья'],
    ['ru', 3, '3 статьи'],
    ['ru', 7, '7 статей'],
  ] as const)('topics page: %s %s → "%s"', (lang, n, words) => {
    expect(count(lang, t(lang).topicsPage.articles, n)).toBe(words);
  });

  it.each([
    ['en', 1968, '1,968'],
    ['ru', 1968, '1\u00a0968'],
    ['ru', 450, '450'],
  ] as const)('numbers: %s %s → "%s"', (lang, n, written) => expect(number(lang, n)).toBe(written));

  it.each([
    ['ru', 'en', 'английский'],
    ['en', 'en', 'English'],
    ['en', 'ru', 'Russian'],
  ] as const)('language names: in %s, %s is "%s"', (lang, code, name) => expect(languageName(lang, code)).toBe(name));
});

describe('dates in each edition', () => {
  it.each([
    [
      '2025-10-14T01:30:00+05:00',
      '14 October 2025',
      '14 October 2025, 01:30 (UTC+5)',
      '14 октября 2025 года',
      '14 октября 2025 года, 01:30 (UTC+5)',
    ],
    [
      '2025-10-13T23:30:00Z',
      '13 October 2025',
      '13 October 2025, 23:30 (UTC)',
      '13 октября 2025 года',
      '13 октября 2025 года, 23:30 (UTC)',
    ],
    [
      '2026-11-28T09:30:00+00:00',
      '28 November 2026',
      '28 November 2026, 09:30 (UTC)',
      '28 ноября 2026 года',
      '28 ноября 2026 года, 09:30 (UTC)',
    ],
  ])('%s', (iso, enDay, enDateTime, ruDay, ruDateTime) => {
    expect(formatDay('en', iso)).toBe(enDay);
    expect(formatDay('en', iso)).toBe(englishDates.formatDay(iso));
    expect(formatDateTime('en', iso)).toBe(enDateTime);
    expect(formatDateTime('en', iso)).toBe(englishDates.formatDateTime(iso));
    expect(formatDay('ru', iso)).toBe(ruDay);
    expect(formatDateTime('ru', iso)).toBe(ruDateTime);
  });

  it.each([
    ['1992', '1992', '1992 год'],
    ['2023-10', 'October 2023', 'октябрь 2023 года'],
    ['2023-11', 'November 2023', 'ноябрь 2023 года'],
    ['2025-09-30', '30 September 2025', '30 сентября 2025 года'],
    ['2025-10-13', '13 October 2025', '13 октября 2025 года'],
    ['2024-02-29', '29 February 2024', '29 февраля 2024 года'],
  ])('a calendar date at its precision: %s → "%s", "%s"', (date, english, russian) => {
    expect(formatCalendarDate('en', date)).toBe(english);
    expect(formatCalendarDate('en', date)).toBe(englishDates.formatCalendarDate(date));
    expect(formatCalendarDate('ru', date)).toBe(russian);
  });

  it.each(['2025-13', '2025-02-30', '13 October'])('refuses %s in either edition', (date) => {
    expect(() => formatCalendarDate('ru', date)).toThrow(RangeError);
    expect(() => formatCalendarDate('en', date)).toThrow(RangeError);
  });

  it.each([
    ['1992', '2023', '31 years later', 'Спустя 31 год'],
    ['2023-11', '2025-09-30', '22 months later', 'Спустя 22 месяца'],
    ['2024-06-04', '2025-09-30', 'More than 15 months later', 'Спустя более 15 месяцев'],
    ['2023-11-06', '2024-06-04', 'More than 6 months later', 'Спустя более 6 месяцев'],
    ['2023-11-06', '2024-02-06', '3 months later', 'Спустя 3 месяца'],
    ['2023-10-07', '2025-10-08', 'More than 2 years later', 'Спустя более 2 лет'],
    ['2023-10', '2025-10', '2 years later', 'Спустя 2 года'],
    ['2020-10', '2025-10', '5 years later', 'Спустя 5 лет'],
    ['2003-01-01', '2024-02-02', 'More than 21 years later', 'Спустя более 21 года'],
    ['2024-10', '2025', '1 year later', 'Спустя 1 год'],
    ['2023-01-01', '2024-10-02', 'More than 21 months later', 'Спустя более 21 месяца'],
  ])('gap %s → %s: "%s", "%s"', (from, to, english, russian) => {
    const [a, b] = [englishDates.parsePartialDate(from), englishDates.parsePartialDate(to)];
    expect(gapLabel('en', a, b)).toBe(english);
    expect(gapLabel('en', a, b)).toBe(englishDates.gapLabel(a, b));
    expect(gapLabel('ru', a, b)).toBe(russian);
  });

  it('gives no label for a short gap in either edition', () => {
    const [a, b] = [englishDates.parsePartialDate('2025-10-09'), englishDates.parsePartialDate('2025-10-13')];
    expect(gapLabel('ru', a, b)).toBeUndefined();
    expect(gapLabel('en', a, b)).toBeUndefined();
  });
});

describe('what scripts say in the browser', () => {
  it.each([
    [19, 19, 'Показаны все 19 записей'],
    [7, 19, 'Показано 7 из 19 записей'],
    [1, 21, 'Показано 1 из 21 записи'],
    [21, 21, 'Показаны все 21 запись'],
    [2, 2, 'Показаны все 2 записи'],
    [1, 1, 'Показана 1 запись'],
    [0, 1, 'Показано 0 из 1 записи'],
  ])('timeline status, ru: %s of %s → "%s"', (shown, total, line) => {
    expect(timelineStatus('ru-RU', ru.timeline.status, shown, total)).toBe(line);
  });

  it.each([
    [19, 19, 'Showing all 19 entries'],
    [7, 19, 'Showing 7 of 19 entries'],
    [1, 1, 'Showing 1 entry'],
    [0, 1, 'Showing 0 of 1 entry'],
    [0, 2, 'Showing 0 of 2 entries'],
  ])('timeline status, en: %s of %s as the English timeline has always said it, "%s"', (shown, total, line) => {
    expect(timelineStatus('en-GB', en.timeline.status, shown, total)).toBe(line);
  });

  it.each([
    ['', 0, 0, 'Type a word, a name or a number to search the articles, the source document and the timeline.'],
    ['  ', 0, 0, 'Type a word, a name or a number to search the articles, the source document and the timeline.'],
    ['Zheldibay', 0, 0, 'No passage matches “Zheldibay”. Try fewer words, or another spelling.'],
    ['Zheldibay', 1, 1, '1 passage on 1 page matches “Zheldibay”.'],
    ['450 million', 4, 3, '4 passages on 3 pages match “450 million”.'],
    ['  two states ', 5, 1, '5 passages on 1 page match “two states”.'],
  ])('search status, en: "%s", %s passages on %s pages', (query, passages, pages, line) => {
    expect(searchResults('en-GB', en.search, query, passages, pages)).toBe(line);
  });

  it.each([
    ['Астана', 1, 1, 'По запросу «Астана» найден 1 фрагмент на 1 странице.'],
    ['Астана', 3, 2, 'По запросу «Астана» найдено 3 фрагмента на 2 страницах.'],
    ['Токаев', 5, 1, 'По запросу «Токаев» найдено 5 фрагментов на 1 странице.'],
    ['Токаев', 21, 3, 'По запросу «Токаев» найден 21 фрагмент на 3 страницах.'],
    ['Кнессет', 0, 0, 'По запросу «Кнессет» ничего не найдено. Попробуйте меньше слов или другое написание.'],
  ])('search status, ru: "%s", %s passages on %s pages', (query, passages, pages, line) => {
    expect(searchResults('ru-RU', ru.search, query, passages, pages)).toBe(line);
  });
});

describe('templates', () => {
  it('fills slots, and refuses to leave one showing', () => {
    expect(fill(en.articleMeta.published, { date: '13 October 2025' })).toBe('Published 13 October 2025');
    expect(() => fill(en.articleMeta.addedTo, { site: 'Multivector' })).toThrow(/no value for \{date\}/);
  });

  it('cuts a template at its slots, for components that put markup in them', () => {
    expect(segments(ru.sourceBox.builtFrom)).toEqual([
      { text: 'Основано на сообщении ' },
      { slot: 'headline' },
      { text: ' издания ' },
      { slot: 'publisher' },
      { text: ', опубликованном ' },
      { slot: 'date' },
      { slot: 'excerpt' },
      { text: '.' },
    ]);
    expect(segments('{link}')).toEqual([{ slot: 'link' }]);
  });
});
