import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatCalendarDate,
  formatDateTime,
  formatDay,
  gapLabel,
  offsetLabel,
  offsetOf,
  parsePartialDate,
  partialDateTime,
} from '../../src/lib/dates';

describe('offsetOf', () => {
  it.each([
    ['2025-10-14T09:00:00+05:00', '+05:00'],
    ['2025-10-14T09:00:00Z', '+00:00'],
    ['2025-10-14T09:00:00.123-03:30', '-03:30'],
  ])('%s → %s', (iso, offset) => expect(offsetOf(iso)).toBe(offset));

  it.each(['2025-10-14', '2025-10-14T09:00:00', 'yesterday'])('rejects %s, which has no time zone', (iso) => {
    expect(() => offsetOf(iso)).toThrow(/time zone/);
  });
});

describe('offsetLabel writes an offset as people do', () => {
  it.each([
    ['+05:00', 'UTC+5'],
    ['+00:00', 'UTC'],
    ['-00:00', 'UTC'],
    ['+05:45', 'UTC+5:45'],
    ['-10:00', 'UTC\u221210'],
  ])('%s → %s', (offset, label) => expect(offsetLabel(offset)).toBe(label));
});

describe('formatDay and formatDateTime keep the wall-clock time of the zone written', () => {
  it.each([
    ['2025-10-13T15:30:00+05:00', '13 October 2025', '13 October 2025, 15:30 (UTC+5)'],
    ['2025-10-14T01:30:00+05:00', '14 October 2025', '14 October 2025, 01:30 (UTC+5)'],
    ['2025-10-13T23:30:00Z', '13 October 2025', '13 October 2025, 23:30 (UTC)'],
    ['2026-11-28T09:00:00+00:00', '28 November 2026', '28 November 2026, 09:00 (UTC)'],
    ['2025-10-13T09:00:00+05:30', '13 October 2025', '13 October 2025, 09:00 (UTC+5:30)'],
    ['2025-10-13T09:00:00-03:00', '13 October 2025', '13 October 2025, 09:00 (UTC\u22123)'],
  ])('%s', (iso, day, dateTime) => {
    expect(formatDay(iso)).toBe(day);
    expect(formatDateTime(iso)).toBe(dateTime);
  });
});

describe('formatCalendarDate', () => {
  it.each([
    ['1992', '1992'],
    ['2023-10', 'October 2023'],
    ['2025-09-30', '30 September 2025'],
    ['2024-02-29', '29 February 2024'],
  ])('%s → %s', (date, words) => expect(formatCalendarDate(date)).toBe(words));

  it.each(['2025-13', '2025-02-30', '2023-11-31', '13 October', '25-10-13'])('rejects %s', (date) => {
    expect(() => formatCalendarDate(date)).toThrow(RangeError);
  });
});

describe('dates at their own precision', () => {
  it.each([
    ['1992', 'year', '1992', '1992'],
    ['2023-10', 'month', 'October 2023', '2023-10'],
    ['2025-09-30', 'day', '30 September 2025', '2025-09-30'],
    ['2024-02-29', 'day', '29 February 2024', '2024-02-29'],
  ])('%s is a %s: shown as "%s", <time datetime="%s">', (text, precision, words, datetime) => {
    const date = parsePartialDate(text);
    expect(date.precision).toBe(precision);
    expect(formatCalendarDate(text)).toBe(words);
    expect(partialDateTime(date)).toBe(datetime);
  });

  it.each([
    ['2025-02-30', /2025-02 has 28 days/],
    ['2023-11-31', /2023-11 has 30 days/],
    ['2025-13', /no month 13/],
    ['2025-00-10', /no month 0/],
    ['13 October 2025', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['92', /YYYY, YYYY-MM or YYYY-MM-DD/],
  ])('rejects %s', (text, message) => {
    expect(() => parsePartialDate(text)).toThrow(RangeError);
    expect(() => parsePartialDate(text)).toThrow(message);
  });

  it('sorts mixed precisions by the start of each period, the less precise first', () => {
    const dates = ['2023-11-15', '2023-10', '2025-10-13', '1992', '2023', '2023-10-07', '2023-11'];
    const sorted = dates.map(parsePartialDate).sort(comparePartialDates).map(partialDateTime);
    expect(sorted).toEqual(['1992', '2023', '2023-10', '2023-10-07', '2023-11', '2023-11-15', '2025-10-13']);
  });
});

describe('gapLabel', () => {
  it.each([
    ['1992', '2023', '31 years later'],
    ['2023-11', '2025-09-30', '22 months later'],
    ['2024-06-04', '2025-09-30', 'More than 15 months later'],
    ['2023-11-06', '2024-06-04', 'More than 6 months later'],
    ['2023-11-06', '2024-02-06', '3 months later'],
    ['2023-10-07', '2025-10-08', 'More than 2 years later'],
    ['2023-10', '2025-10', '2 years later'],
    ['2023-10', '2026-01', 'More than 2 years later'],
    ['2024-10', '2025', '1 year later'],
  ])('%s → %s: "%s"', (from, to, label) => {
    expect(gapLabel(parsePartialDate(from), parsePartialDate(to))).toBe(label);
  });

  it.each([
    ['2025-10-09', '2025-10-13', 'days apart'],
    ['2023-11-06', '2024-02-05', 'a day short of 3 months'],
    ['2023', '2023-10', 'October inside the year'],
    ['2023-10', '2023-10-07', 'a day inside the month'],
    ['2025-10-15', '2025-11-06', 'three weeks apart'],
  ])('%s → %s: no label (%s)', (from, to) => {
    expect(gapLabel(parsePartialDate(from), parsePartialDate(to))).toBeUndefined();
  });
});
