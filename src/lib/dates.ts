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

/** "14 October 2025", in the date-time's own time zone. */
export function formatDay(iso: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: offsetOf(iso) }).format(new Date(iso));
}

/** "14 October 2025, 09:00 UTC+05:00": the wall-clock time where it was written, and which zone that is. */
export function formatDateTime(iso: string, locale = 'en-GB'): string {
  const offset = offsetOf(iso);
  const day = formatDay(iso, locale);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: offset }).format(new Date(iso));
  return `${day}, ${time} UTC${offset === '+00:00' ? '' : offset}`;
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
  return new Intl.DateTimeFormat(locale, options).format(utc);
}
