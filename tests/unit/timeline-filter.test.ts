import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { timelineStatus } from '../../src/i18n/messages';
import { ru } from '../../src/i18n/ru';
import { countShown, readTrack, shows, urlWithTrack } from '../../src/lib/timeline-filter';

// The island's status line, in the words each edition gives it.
const statusLine = (shown: number, total: number, words = en.timeline.status, locale = 'en-GB') =>
  timelineStatus(locale, words, shown, total);

// A fictional story's tracks: the filter knows only the ids it is given.
const TRACKS = ['harbour', 'council'];

describe('the timeline filter', () => {
  it.each([
    ['all', 'harbour', true],
    ['all', 'council', true],
    ['council', 'council', true],
    ['council', 'harbour', false],
    ['harbour', 'council', false],
  ] as const)('under "%s", an event on %s is shown: %s', (filter, track, shown) => {
    expect(shows(filter, track)).toBe(shown);
  });

  it.each([
    ['?track=council', 'council'],
    ['?track=harbour&utm=x', 'harbour'],
    ['', 'all'],
    ['?track=', 'all'],
    ['?track=Council', 'all'],
    ['?track=sport', 'all'],
  ])('reads %s as %s', (search, filter) => {
    expect(readTrack(search, TRACKS)).toBe(filter);
  });

  it.each([
    ['https://m.example/timeline/', 'council', 'https://m.example/timeline/?track=council'],
    ['https://m.example/timeline/?track=council', 'harbour', 'https://m.example/timeline/?track=harbour'],
    ['https://m.example/timeline/?track=council', 'all', 'https://m.example/timeline/'],
    ['https://m.example/timeline/?a=1#event-x', 'council', 'https://m.example/timeline/?a=1&track=council#event-x'],
  ] as const)('keeps the filter in the address: %s + %s → %s', (href, filter, expected) => {
    expect(urlWithTrack(href, filter)).toBe(expected);
    expect(readTrack(new URL(expected).search, TRACKS)).toBe(filter);
  });

  it.each([
    ['all', 21, 'Showing all 21 entries'],
    ['harbour', 9, 'Showing 9 of 21 entries'],
    ['council', 12, 'Showing 12 of 21 entries'],
  ] as const)('counts what "%s" shows: %i, "%s"', (filter, shown, line) => {
    expect(countShown({ harbour: 9, council: 12 }, filter)).toBe(shown);
    expect(statusLine(shown, 21)).toBe(line);
  });

  it('counts every track a story has, however many', () => {
    expect(countShown({ a: 1, b: 2, c: 3, d: 4 }, 'all')).toBe(10);
    expect(countShown({ a: 1, b: 2, c: 3, d: 4 }, 'c')).toBe(3);
    expect(readTrack('?track=d', ['a', 'b', 'c', 'd'])).toBe('d');
  });

  it('says "entry" for one', () => {
    expect(statusLine(1, 1)).toBe('Showing 1 entry');
    expect(statusLine(0, 1)).toBe('Showing 0 of 1 entry');
  });

  it.each([
    ['all', 21, 'Показаны все 21 запись'],
    ['harbour', 9, 'Показано 9 из 21 записи'],
    ['council', 12, 'Показано 12 из 21 записи'],
  ] as const)('counts what "%s" shows in Russian words: %i, "%s"', (filter, shown, line) => {
    expect(countShown({ harbour: 9, council: 12 }, filter)).toBe(shown);
    expect(statusLine(shown, 21, ru.timeline.status, 'ru-RU')).toBe(line);
  });
});
