import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime, formatDay, offsetOf } from '../../src/lib/dates';

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

describe('formatDay and formatDateTime keep the wall-clock time of the zone written', () => {
  it.each([
    ['2025-10-14T01:30:00+05:00', '14 October 2025', '14 October 2025, 01:30 UTC+05:00'],
    ['2025-10-13T23:30:00Z', '13 October 2025', '13 October 2025, 23:30 UTC'],
    ['2026-11-28T09:00:00+00:00', '28 November 2026', '28 November 2026, 09:00 UTC'],
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
