import { describe, expect, it } from 'vitest';
import { listOrder } from '../../src/lib/list-order';

/** Feeds [position, item] pairs in the order given, then finishes; returns what was sent, in order. */
function sent(arrivals: [number | undefined, string | undefined][]): string[] {
  const out: string[] = [];
  const order = listOrder<string>(
    (item) => out.push(item),
    (a, b) => a.localeCompare(b),
  );
  for (const [position, item] of arrivals) order.arrived(position, item);
  order.finish();
  return out;
}

describe('listOrder: the search index is given pages in the order Astro lists them', () => {
  it.each([
    [
      'in order',
      [
        [0, 'a'],
        [1, 'b'],
        [2, 'c'],
      ],
      ['a', 'b', 'c'],
    ],
    [
      'two at a time, the second finishing first',
      [
        [1, 'b'],
        [0, 'a'],
        [3, 'd'],
        [2, 'c'],
      ],
      ['a', 'b', 'c', 'd'],
    ],
    [
      'a route that is not a page keeping its place',
      [
        [1, 'b'],
        [0, undefined],
        [2, 'c'],
      ],
      ['b', 'c'],
    ],
    [
      'one never finishing: the rest at the end, in list order',
      [
        [0, 'a'],
        [2, 'c'],
        [3, 'd'],
      ],
      ['a', 'c', 'd'],
    ],
    [
      'pages the list did not have: last, by their path',
      [
        [undefined, 'z'],
        [0, 'a'],
        [undefined, 'm'],
      ],
      ['a', 'm', 'z'],
    ],
  ] as [string, [number | undefined, string | undefined][], string[]][])('%s', (_, arrivals, expected) => {
    expect(sent(arrivals)).toEqual(expected);
  });

  it('sends each page as soon as every page before it is in, not at the end', () => {
    const out: string[] = [];
    const order = listOrder<string>(
      (item) => out.push(item),
      (a, b) => a.localeCompare(b),
    );
    order.arrived(1, 'b');
    expect(out).toEqual([]);
    order.arrived(0, 'a');
    expect(out).toEqual(['a', 'b']);
  });
});
