/**
 * Reading time. Written here rather than taken from a package because the count has to
 * include source passages that the MDX only references by id (<Cite>, <SourceText>), which no
 * package knows about; the arithmetic itself is one line.
 */

/**
 * A word as Unicode's word boundaries (UAX #29) find one: letters, digits and marks, in any script, held together
 * by an apostrophe, a full stop, a comma or a colon between two of them ("don't", "3.5", "450,000"), and here by a
 * hyphen too, so a hyphenated word counts once. A pattern rather than Intl.Segmenter: the same counts to within
 * a few words an article, at less than half the cost (the segmenter made an object for every word and space,
 * some 0.5 s of a build at 1,000 articles).
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’.,:][\p{L}\p{N}\p{M}]+)*/gu;

/** Words in a text: numbers count, curly quotes and dashes do not, a hyphenated word counts once. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Minutes to read, at 230 words a minute, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** The prose of an MDX body: imports, exports, JSX tags and Markdown markers removed. */
export function mdxProse(body: string): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>]/g, ' ');
}

/**
 * Words a reader meets in an article: its own prose plus the source text its components
 * put on the page. `quoted` returns the text a <Cite> or <SourceText> tag renders; `countQuoted`
 * counts it (a build that quotes the same passages in many articles counts each once: see src/data/content.ts).
 */
export function articleWords(
  body: string,
  refs: { component: string; attributes: Record<string, string> }[],
  quoted: (ref: { component: string; attributes: Record<string, string> }) => string,
  countQuoted: (text: string) => number = countWords,
): number {
  return countWords(mdxProse(body)) + refs.reduce((sum, ref) => sum + countQuoted(quoted(ref)), 0);
}
