import { fill } from '../i18n/plural.ts';

/**
 * How long a list page may grow: the home page, a story's page, a topic's and the source list show at
 * most this many items, and archive pages (Astro's paginate()) carry the rest, this many at a time.
 * 20 keeps a list page a few screens long on a phone and its HTML near today's size at any archive size.
 */
export const LIST_PAGE_SIZE = 20;

/**
 * "Page 2 of 5" in the edition's words (`template` has the slots {current} and {last}), or nothing on a
 * list that fits one page.
 */
export function pageLabel(current: number, last: number, template: string): string {
  return last > 1 ? fill(template, { current, last }) : '';
}
