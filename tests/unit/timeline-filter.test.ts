import { describe, expect, it } from 'vitest';
import { countShown, readTrack, shows, statusLine, urlWithTrack } from '../../src/lib/timeline-filter';

describe('the timeline filter', () => {
  it.each([
    ['all', 'ceasefire', true],
    ['all', 'kazakhstan', true],
    ['kazakhstan', 'kazakhstan', true],
    ['kazakhstan', 'ceasefire', false],
    ['ceasefire', 'kazakhstan', false],
  ] as const)('under "%s", an event on %s is shown: %s', (filter, track, shown) => {
    expect(shows(filter, track)).toBe(shown);
  });

  it.each([
    ['?track=kazakhstan', 'kazakhstan'],
    ['?track=ceasefire&utm=x', 'ceasefire'],
    ['', 'all'],
    ['?track=', 'all'],
    ['?track=Kazakhstan', 'all'],
    ['?track=sport', 'all'],
  ])('reads %s as %s', (search, filter) => {
    expect(readTrack(search)).toBe(filter);
  });

  it.each([
    ['https://m.example/timeline/', 'kazakhstan', 'https://m.example/timeline/?track=kazakhstan'],
    ['https://m.example/timeline/?track=kazakhstan', 'ceasefire', 'https://m.example/timeline/?track=ceasefire'],
    ['https://m.example/timeline/?track=kazakhstan', 'all', 'https://m.example/timeline/'],
    [
      'https://m.example/timeline/?a=1#event-x',
      'kazakhstan',
      'https://m.example/timeline/?a=1&track=kazakhstan#event-x',
    ],
  ] as const)('keeps the filter in the address: %s + %s → %s', (href, filter, expected) => {
    expect(urlWithTrack(href, filter)).toBe(expected);
    expect(readTrack(new URL(expected).search)).toBe(filter);
  });

  it.each([
    ['all', 21, 'Showing all 21 events'],
    ['ceasefire', 9, 'Showing 9 of 21 events'],
    ['kazakhstan', 12, 'Showing 12 of 21 events'],
  ] as const)('counts what "%s" shows: %i, "%s"', (filter, shown, line) => {
    expect(countShown({ ceasefire: 9, kazakhstan: 12 }, filter)).toBe(shown);
    expect(statusLine(shown, 21)).toBe(line);
  });

  it('says "event" for one', () => {
    expect(statusLine(1, 1)).toBe('Showing 1 event');
    expect(statusLine(0, 1)).toBe('Showing 0 of 1 event');
  });
});
