/**
 * How long a list page may grow: the home page, a story's page, a topic's and the source list show at
 * most this many items, and archive pages (Astro's paginate()) carry the rest, this many at a time.
 * 20 keeps a list page a few screens long on a phone and its HTML near today's size at any archive size.
 */
import { fill } from '../i18n/plural.ts';

export const LIST_PAGE_SIZE = 20;

/**
 * "Page 2 of 5", or nothing on a list that fits one page. Another edition gives its `template` and
 * how it `writes` numbers.
 */
export function pageLabel(
  current: number,
  last: number,
  template = 'Page {current} of {last}',
  writes: (n: number) => string = String,
): string {
  return last > 1 ? fill(template, { current: writes(current), last: writes(last) }) : '';
}
