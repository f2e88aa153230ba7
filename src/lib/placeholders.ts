/**
 * The words `npm run ingest` leaves for an editor to replace, and where they are still in something
 * published. One list, so the ingest writes them and the checks find them by the same words. Pure.
 */

/** Marks every gap the ingest leaves: "TODO: who acted or spoke". */
export const TODO = 'TODO';

/** The comment at the top of a drafted article's frontmatter. */
export const INGEST_NOTE = 'Drafted by `npm run ingest`';

/** What the ingest writes where a timeline candidate needs an editor's words. */
export const EVENT_PLACEHOLDERS = {
  actors: `${TODO}: who acted or spoke`,
  headline: (passage: string, date: string) => `${TODO}: one line in our words (${passage}, ${date})`,
  summary: (passage: string) =>
    `${TODO}: a sentence or two in our words on what ${passage} says happened; the quote is the evidence.`,
} as const;

export interface Placeholder {
  /** Offset in the text. */
  index: number;
  /** The words found. */
  words: string;
}

const FOUND = /\bTODO\b|Drafted by `npm run ingest`/g;

/** Every placeholder in a text, in order. */
export function placeholdersIn(text: string): Placeholder[] {
  return [...text.matchAll(FOUND)].map((m) => ({ index: m.index, words: m[0] }));
}

/** What to do about a placeholder, in a sentence. */
export function placeholderFix(words: string): string {
  return words === TODO
    ? 'a "TODO" left for an editor; expected it replaced by the words it asks for, or the item kept a draft until it is'
    : 'the note `npm run ingest` puts on a draft; expected it deleted once the article has been checked';
}

/** Every string field of a value holding a placeholder, as "field: …" ("actors[0]", "headline"). */
export function placeholderFields(value: unknown, field = ''): { field: string; words: string }[] {
  if (typeof value === 'string')
    return placeholdersIn(value).map((p) => ({ field: field || '(top level)', words: p.words }));
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderFields(v, `${field}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => placeholderFields(v, field ? `${field}.${k}` : k));
  return [];
}

/** A line for each placeholder in a published article's file (frontmatter, comments and body), with its line. */
export function articlePlaceholders(file: string, text: string): string[] {
  return placeholdersIn(text).map(
    (p) => `${file}:${text.slice(0, p.index).split('\n').length}: ${placeholderFix(p.words)}`,
  );
}
