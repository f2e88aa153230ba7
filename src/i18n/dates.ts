/**
 * Dates in an edition's language: the forms of src/lib/dates.ts, in the edition's date locale, then as
 * its strings file writes them (`dates.written`: Russian spells out "года" where Intl abbreviates "г.").
 * The first edition's output is exactly src/lib/dates.ts's, which the English pages print today.
 */
import { edition, type Lang } from '../lib/editions.ts';
import * as dates from '../lib/dates.ts';
import { count, fill, t } from './index.ts';

// A build prints the same dates on thousands of pages (a source's date on every page that cites it, an article's on
// every list that shows it), and Intl's formatting is most of the cost: each is formatted once per language.
const formatted = new Map<string, string>();
function once(form: string, lang: Lang, value: string, format: () => string): string {
  const key = `${form} ${lang} ${value}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = format()));
  return text;
}

/** "14 October 2025" / "14 октября 2025 года", in the date-time's own time zone. */
export function formatDay(lang: Lang, iso: string): string {
  return once('day', lang, iso, () => t(lang).dates.written(dates.formatDay(iso, edition(lang).dateLocale)));
}

/** "14 October 2025, 09:00 (UTC+5)" / "14 октября 2025 года, 09:00 (UTC+5)". */
export function formatDateTime(lang: Lang, iso: string): string {
  return once('time', lang, iso, () => t(lang).dates.written(dates.formatDateTime(iso, edition(lang).dateLocale)));
}

/** A calendar date at its precision: "1992", "October 2023" / "октябрь 2023 года", "13 October 2025" / "13 октября 2025 года". */
export function formatCalendarDate(lang: Lang, date: string): string {
  return once('calendar', lang, date, () => {
    const words = t(lang).dates;
    if (/^\d{4}$/.test(date)) return fill(words.year, { year: date });
    return words.written(dates.formatCalendarDate(date, edition(lang).dateLocale));
  });
}

/** The gap between two events in an edition's words (see gapOf): "More than 6 months later" / "Спустя более 6 месяцев". */
export function gapLabel(
  lang: Lang,
  from: dates.PartialDate,
  to: dates.PartialDate,
  minMonths = 3,
): string | undefined {
  const gap = dates.gapOf(from, to, minMonths);
  if (!gap) return undefined;
  const words = t(lang).timeline.gap;
  const forms =
    gap.unit === 'year'
      ? gap.more
        ? words.moreThanYears
        : words.years
      : gap.more
        ? words.moreThanMonths
        : words.months;
  return count(lang, forms, gap.count);
}
