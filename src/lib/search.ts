/**
 * Pure helpers for the search page: which passages of a matching page say what was searched for,
 * where each one links, and the words shown around the match.
 *
 * Pagefind finds the pages and, for each, every matched word's position and every element with an
 * id (an "anchor", with the word it starts at). Its own sub-results stop at headings, so a match
 * would link to the heading above it; here each matched word is traced to the innermost passage
 * around it (a sentence, a paragraph, a timeline event) so the reader lands on the words themselves.
 * Pagefind matches a page when it has every word somewhere; a passage is listed only when it has
 * every word itself, and passages holding the words in order come first. Pagefind finds words by their
 * stem in the page's language ("заложники" finds "заложников"); the words it found are the ones at its
 * matched locations, and a query's term counts as present where one of those shares its stem.
 */

/** An element with an id, as Pagefind records it: `location` is the word it starts at. */
export interface SearchAnchor {
  element: string;
  id: string;
  location: number;
  text?: string;
  title?: string;
}

/** A matched word: its position in the page's text, and how well it matches. */
export interface WeightedLocation {
  location: number;
  weight: number;
  balanced_score: number;
}

/** What the search page needs of one of Pagefind's page results (`await result.data()`). */
export interface PageResult {
  url: string;
  /** The page's indexed text; its words, split on white space, are what locations count. */
  content: string;
  meta: { title?: string };
  anchors: SearchAnchor[];
  weighted_locations: WeightedLocation[];
}

/** One line of the results list. */
export interface Passage {
  url: string;
  /** The section, paragraph or event it belongs to. */
  title: string;
  /** The page it is on. */
  page: string;
  /** Words around the match; `match` marks the ones that were searched for. */
  excerpt: { text: string; match: boolean }[];
  /** True when the passage holds the words in the order they were typed. */
  phrase: boolean;
}

/** Elements a reader can land on: other ids (an island's, say) are not passages. */
const PASSAGE_ELEMENTS = /^(?:p|li|span|blockquote|section|h[1-6])$/i;
/** A stem, as this page compares them: the letters a word and a term share, all but an ending of at most 3. */
const STEM_MIN = 4;
const STEM_ENDING = 3;
/** Words either side of the first match in an excerpt. */
const EXCERPT_BEFORE = 8;
const EXCERPT_WORDS = 32;

/** A word as it is compared: lower case, letters and digits only ("$450" → "450", "Astana's" → "astanas"). */
export function normalise(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a query, as compared (Pagefind's quotes for an exact phrase are dropped). */
export function queryTerms(query: string): string[] {
  return query
    .split(/[\s-]+/)
    .map(normalise)
    .filter(Boolean);
}

/** The innermost passage starting at or before `location` (a sentence rather than its paragraph). */
export function passageAt(anchors: SearchAnchor[], location: number): SearchAnchor | undefined {
  let found: SearchAnchor | undefined;
  for (const anchor of anchors) {
    if (!PASSAGE_ELEMENTS.test(anchor.element) || anchor.location > location) continue;
    if (!found || anchor.location >= found.location) found = anchor;
  }
  return found;
}

/** Where a passage's words end: where the next passage starts, or the end of the page. */
export function passageEnd(anchors: SearchAnchor[], passage: SearchAnchor, wordCount: number): number {
  let end = wordCount;
  for (const anchor of anchors) {
    if (PASSAGE_ELEMENTS.test(anchor.element) && anchor.location > passage.location)
      end = Math.min(end, anchor.location);
  }
  return end;
}

/** The title shown for a passage: the titled element or heading it sits under, else the page's. */
export function sectionTitle(anchors: SearchAnchor[], location: number, pageTitle: string): string {
  let title = pageTitle;
  let at = -1;
  for (const anchor of anchors) {
    const label = anchor.title ?? (/^h[1-6]$/i.test(anchor.element) ? anchor.text : undefined);
    if (label?.trim() && anchor.location <= location && anchor.location >= at) {
      title = label.trim();
      at = anchor.location;
    }
  }
  return title;
}

/**
 * Whether a (normalised) word matches a query term. Like Pagefind, the last term may be a word
 * still being typed ("Zheld"); the others match the word itself or a short ending ("state" finds
 * "states"), so "for" does not find "Foreign". A word Pagefind found for the query (`found`) also
 * matches a term it shares a stem with, as a language whose endings change more than two letters needs:
 * "заложники" finds "заложников", "negotiate" finds "negotiations"; still not "for" and "Foreign".
 */
export function matches(word: string, term: string, last = false, found = false): boolean {
  if (word === term || (word.startsWith(term) && (last || word.length - term.length <= 2))) return true;
  if (!found) return false;
  let shared = 0;
  while (shared < word.length && word[shared] === term[shared]) shared++;
  return shared >= Math.max(STEM_MIN, term.length - STEM_ENDING);
}

/** Where in `norm` the terms occur together, in order; -1 when they do not. */
function phraseAt(norm: string[], terms: string[], found: ReadonlySet<number>): number {
  return norm.findIndex((_, i) =>
    terms.every(
      (t, j) => norm[i + j] !== undefined && matches(norm[i + j]!, t, j === terms.length - 1, found.has(i + j)),
    ),
  );
}

/**
 * Does every term occur in `words`, and do they occur together in order? `found` holds the positions in
 * `words` of the words Pagefind found for the query.
 */
export function coverage(
  words: string[],
  terms: string[],
  found: ReadonlySet<number> = new Set(),
): { all: boolean; phrase: boolean } {
  const norm = words.map(normalise);
  const all = terms.every((t, i) => norm.some((w, k) => matches(w, t, i === terms.length - 1, found.has(k))));
  return { all, phrase: all && phraseAt(norm, terms, found) >= 0 };
}

/** A window of `words` around the phrase (or the first match), with the matched words marked. */
export function excerpt(words: string[], terms: string[], found: ReadonlySet<number> = new Set()): Passage['excerpt'] {
  const norm = words.map(normalise);
  const marked = words.map((text, i) => ({
    text,
    match: terms.some((t, j) => matches(norm[i]!, t, j === terms.length - 1, found.has(i))),
  }));
  const phrase = phraseAt(norm, terms, found);
  const first = Math.max(0, phrase >= 0 ? phrase : marked.findIndex((w) => w.match));
  const start = Math.max(0, Math.min(first - EXCERPT_BEFORE, words.length - EXCERPT_WORDS));
  const window = marked.slice(start, start + EXCERPT_WORDS);
  if (start > 0) window.unshift({ text: '…', match: false });
  if (start + EXCERPT_WORDS < words.length) window.push({ text: '…', match: false });
  return window;
}

/** `url` pointing at the element `id` (any fragment it had replaced). */
export function withFragment(url: string, id: string): string {
  return `${url.split('#')[0]}#${encodeURIComponent(id)}`;
}

/** The passages of a matching page that hold every word of the query, in page order. */
export function passagesOf(page: PageResult, query: string): Passage[] {
  const terms = queryTerms(query);
  const words = page.content.split(/\s+/).filter(Boolean);
  const pageTitle = page.meta.title ?? page.url;
  const seen = new Set<string>();
  const passages: Passage[] = [];
  const locations = [...page.weighted_locations].sort((a, b) => a.location - b.location);
  for (const { location } of locations) {
    const anchor = passageAt(page.anchors, location);
    if (!anchor || seen.has(anchor.id)) continue;
    seen.add(anchor.id);
    const end = passageEnd(page.anchors, anchor, words.length);
    const own = words.slice(anchor.location, end);
    // The words Pagefind found, by their place in this passage.
    const found = new Set(
      locations
        .filter((l) => l.location >= anchor.location && l.location < end)
        .map((l) => l.location - anchor.location),
    );
    const { all, phrase } = coverage(own, terms, found);
    if (!all) continue;
    passages.push({
      url: withFragment(page.url, anchor.id),
      title: sectionTitle(page.anchors, anchor.location, pageTitle),
      page: pageTitle,
      excerpt: excerpt(own, terms, found),
      phrase,
    });
  }
  return passages;
}

/** All pages' passages, most relevant page first, with passages holding the exact phrase ahead of the rest. */
export function rankPassages(pages: Passage[][]): Passage[] {
  const flat = pages.flat();
  return [...flat.filter((p) => p.phrase), ...flat.filter((p) => !p.phrase)];
}
