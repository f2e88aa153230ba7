/**
 * Dates as readers see them. Article times keep the time zone they were written with,
 * so a page built anywhere shows the same wall-clock time.
 */

const ZONED = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The UTC offset of an ISO date-time, as "+05:00" ("Z" becomes "+00:00"). */
export function offsetOf(iso: string): string {
  const match = ZONED.exec(iso);
  if (!match) throw new RangeError(`expected an ISO date-time with a time zone, found "${iso}"`);
  return match[4] === 'Z' ? '+00:00' : match[4]!;
}

// Making an Intl.DateTimeFormat costs about a hundred times as much as using one, and a build formats
// thousands of dates with a handful of settings: each formatter is made once and kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** "14 October 2025", in the date-time's own time zone. */
export function formatDay(iso: string, locale = 'en-GB'): string {
  return formatter(locale, { dateStyle: 'long', timeZone: offsetOf(iso) }).format(new Date(iso));
}

/** "UTC+5", "UTC+5:30", "UTC-3", "UTC": an offset as people write it, without the padding ISO needs. */
export function offsetLabel(offset: string): string {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):(\d{2})$/.exec(offset)!;
  if (hours === '00' && minutes === '00') return 'UTC';
  return `UTC${sign === '-' ? '\u2212' : '+'}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/** "14 October 2025, 09:00 (UTC+5)": the wall-clock time where it was written, and which zone that is. */
export function formatDateTime(iso: string, locale = 'en-GB'): string {
  const offset = offsetOf(iso);
  const day = formatDay(iso, locale);
  const time = formatter(locale, { timeStyle: 'short', timeZone: offset }).format(new Date(iso));
  return `${day}, ${time} (${offsetLabel(offset)})`;
}

/** A calendar date (YYYY-MM-DD, YYYY-MM or YYYY) in words: "13 October 2025", "October 2023", "1992". */
export function formatCalendarDate(date: string, locale = 'en-GB'): string {
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!parts) throw new RangeError(`expected YYYY, YYYY-MM or YYYY-MM-DD, found "${date}"`);
  const [, year, month, day] = parts;
  if (!month) return year!;
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  if (utc.getUTCMonth() !== Number(month) - 1 || (day && utc.getUTCDate() !== Number(day))) {
    throw new RangeError(`"${date}" is not a date in the calendar`);
  }
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return formatter(locale, options).format(utc);
}

/** How much of a calendar date is known: the year (1992), the month (2023-10) or the day (2025-09-30). */
export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  precision: DatePrecision;
  year: number;
  /** 1–12, when the month is known. */
  month?: number;
  /** 1–31, when the day is known. */
  day?: number;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads YYYY, YYYY-MM or YYYY-MM-DD; throws a RangeError for any other form, or a day the calendar lacks. */
export function parsePartialDate(text: string): PartialDate {
  const parts = PARTIAL.exec(text);
  if (!parts) throw new RangeError(`expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "${text}"`);
  const year = Number(parts[1]);
  if (parts[2] === undefined) return { precision: 'year', year };
  const month = Number(parts[2]);
  if (month < 1 || month > 12) throw new RangeError(`"${text}" is not a date in the calendar: no month ${month}`);
  if (parts[3] === undefined) return { precision: 'month', year, month };
  const day = Number(parts[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    throw new RangeError(`"${text}" is not a date in the calendar: ${parts[1]}-${parts[2]} has ${daysInMonth} days`);
  }
  return { precision: 'day', year, month, day };
}

/** The value for `<time datetime>`, at the date's own precision: "1992", "2023-10", "2025-09-30". */
export function partialDateTime(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(date.year).padStart(4, '0'), date.month && pad(date.month), date.day && pad(date.day)]
    .filter(Boolean)
    .join('-');
}

/**
 * Orders dates of mixed precision by the start of the period each names; when two start
 * together, the less precise comes first: 2023 < 2023-10 < 2023-10-07.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/**
 * Whole years or months from one date to a later one, counted at the coarser of their two precisions,
 * so a year is never compared as if it were its first of January.
 */
export function timeBetween(from: PartialDate, to: PartialDate): { unit: 'year' | 'month'; count: number } {
  if (from.precision === 'year' || to.precision === 'year') return { unit: 'year', count: to.year - from.year };
  let months = (to.year - from.year) * 12 + (to.month! - from.month!);
  if (from.day !== undefined && to.day !== undefined && to.day < from.day) months--;
  return { unit: 'month', count: months };
}

/** A gap between two events, as gapLabel words it: whole years or months, and whether more time than that passed. */
export interface Gap {
  unit: 'year' | 'month';
  count: number;
  /** More time passed than the whole units counted (6 months and 29 days): a label says "More than". */
  more: boolean;
}

/**
 * The gap from one event to a later one, when it is at least `minMonths`; undefined for shorter gaps.
 * Past two years it is counted in whole years. The count is whole months or years, never rounded up;
 * `more` says when more time than that passed, so a label is never shorter than the gap it names.
 * Every edition words it from this (gapLabel here, src/i18n/dates.ts for the others).
 */
export function gapOf(from: PartialDate, to: PartialDate, minMonths = 3): Gap | undefined {
  const { unit, count } = timeBetween(from, to);
  const months = unit === 'year' ? count * 12 : count;
  if (months < minMonths) return undefined;
  const years = unit === 'year' ? count : Math.floor(count / 12);
  const inYears = unit === 'year' || count >= 24;
  // What is left over after the whole units counted: days past the month, or months past the year.
  const dayLeft = from.day !== undefined && to.day !== undefined && to.day !== from.day;
  const more = unit === 'month' && (dayLeft || (inYears && count % 12 !== 0));
  return inYears ? { unit: 'year', count: years, more } : { unit: 'month', count, more };
}

/**
 * "15 months later", "More than 6 months later", "31 years later": a label for a gap of at least
 * `minMonths` between two events (see gapOf); undefined for shorter gaps.
 */
export function gapLabel(from: PartialDate, to: PartialDate, minMonths = 3): string | undefined {
  const gap = gapOf(from, to, minMonths);
  if (!gap) return undefined;
  const label =
    gap.unit === 'year' ? `${gap.count} year${gap.count === 1 ? '' : 's'} later` : `${gap.count} months later`;
  return gap.more ? `More than ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}
