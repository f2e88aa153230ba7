/**
 * Reading time. Written here rather than taken from a package because the count has to
 * include source passages that the MDX only references by id (<Cite>, <SourceText>), which no
 * package knows about; the arithmetic itself is one line.
 */

// One segmenter per locale for the whole build: making one costs more than counting a paragraph.
const segmenters = new Map<string, Intl.Segmenter>();

/** Words in a text, counted by Intl.Segmenter (numbers and curly quotes count right); a hyphenated word counts once. */
export function countWords(text: string, locale = 'en'): number {
  let words = 0;
  const joined = text.replace(/(\p{L})-(?=\p{L})/gu, '$1');
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  for (const part of segmenter.segment(joined)) {
    if (part.isWordLike) words++;
  }
  return words;
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
