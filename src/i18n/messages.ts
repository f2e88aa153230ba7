/**
 * Sentences that scripts in the browser build as a reader acts (the timeline filter's status line, the
 * search page's count), from the words a page gives them. They import only plural.ts, never a strings
 * file: a page passes its edition's locale and the few strings it needs, so no script carries a dictionary.
 */
import type { en } from './en.ts';
import { fill, plural } from './plural.ts';

type Words = typeof en;

/** The timeline filter's status line: "Showing 7 of 19 events" / "Показано 7 из 19 событий". */
export function timelineStatus(
  locale: string,
  words: Words['timeline']['status'],
  shown: number,
  total: number,
): string {
  if (total === 1) return shown === 1 ? words.one : words.noneOfOne;
  return shown === total ? plural(locale, words.all, total) : plural(locale, words.some, total, { shown });
}

/** The search page's status line after a search: the prompt, no match, or how many passages on how many pages. */
export function searchResults(
  locale: string,
  words: Pick<Words['search'], 'prompt' | 'none' | 'found' | 'passages' | 'pages' | 'verb'>,
  query: string,
  passages: number,
  pages: number,
): string {
  const q = query.trim();
  if (!q) return words.prompt;
  if (passages === 0) return fill(words.none, { query: q });
  return fill(words.found, {
    query: q,
    passages: plural(locale, words.passages, passages),
    pages: plural(locale, words.pages, pages),
    verb: plural(locale, words.verb, passages),
  });
}
