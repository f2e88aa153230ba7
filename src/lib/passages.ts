/**
 * Splits a source document into addressable passages: sentences (s1…sN, numbered
 * through the whole body so their ids never depend on editorial paragraphing),
 * paragraphs (p1…pN) and recovered sub-headings (slug ids).
 *
 * Pure: takes the body text and the editorial structure, returns data or throws
 * a StructureError naming the structure entry that does not fit the text.
 */

export interface Sentence {
  id: string;
  text: string;
  /** Offset of the sentence in the body, so a quote can be checked in place. */
  start: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  id: string;
  sentences: Sentence[];
  text: string;
}

export interface HeadingBlock {
  kind: 'heading';
  id: string;
  text: string;
}

export type Block = ParagraphBlock | HeadingBlock;

export interface Structure {
  /** Opening words of each sentence that starts a new paragraph (the first sentence always does). */
  paragraphs: string[];
  /** Sub-headings that were flattened into the running text, in order of appearance. */
  headings: string[];
}

export class StructureError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'StructureError';
    this.field = field;
  }
}

// Intl.Segmenter (ICU) ends a sentence after any abbreviation such as "U.S." followed by a
// capital. V8 does not expose ICU's abbreviation suppressions, so known cases are joined
// back here. A sentence that truly ends on "U.S." would be joined too; none does in our sources.
const ABBREVIATION_AT_END = /(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Prof)\.)\s*$/;

/** Sentences of a text, with their offsets, trailing spaces trimmed. */
export function segmentSentences(text: string, locale = 'en'): { text: string; start: number }[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const out: { text: string; start: number }[] = [];
  let pending: { text: string; start: number } | null = null;
  for (const { segment, index } of segmenter.segment(text)) {
    if (pending) {
      pending.text += segment;
    } else {
      pending = { text: segment, start: index };
    }
    if (!ABBREVIATION_AT_END.test(pending.text)) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  return out.map((s) => ({ text: s.text.trimEnd(), start: s.start })).filter((s) => s.text.length > 0);
}

/** A URL-safe id for a heading: lower case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function splitPassages(body: string, structure: Structure, locale = 'en'): Block[] {
  const raw = segmentSentences(body, locale);
  const pieces: { text: string; start: number; heading?: true }[] = [];
  let headingIndex = 0;
  for (const s of raw) {
    const heading = structure.headings[headingIndex];
    if (heading !== undefined && s.text.startsWith(heading + ' ')) {
      pieces.push({ text: heading, start: s.start, heading: true });
      const rest = s.text.slice(heading.length + 1);
      pieces.push({ text: rest, start: s.start + heading.length + 1 });
      headingIndex++;
    } else {
      pieces.push(s);
    }
  }
  if (headingIndex < structure.headings.length) {
    throw new StructureError(
      `headings[${headingIndex}]`,
      `"${structure.headings[headingIndex]}" was not found at the start of a sentence (after the earlier headings)`,
    );
  }

  const starts = structure.paragraphs;
  if (starts.length === 0) {
    throw new StructureError('paragraphs', 'expected at least one paragraph start');
  }
  const blocks: Block[] = [];
  let sentenceNo = 0;
  let paragraphNo = 0;
  let nextStart = 0;
  let current: ParagraphBlock | null = null;
  for (const piece of pieces) {
    if (piece.heading) {
      current = null;
      blocks.push({ kind: 'heading', id: slugify(piece.text), text: piece.text });
      continue;
    }
    const expected = starts[nextStart];
    const opensParagraph = expected !== undefined && piece.text.startsWith(expected);
    if (opensParagraph) nextStart++;
    if (!current) {
      if (!opensParagraph && blocks.length === 0) {
        throw new StructureError(
          'paragraphs[0]',
          `expected the opening words of the first sentence ("${piece.text.slice(0, 30)}…"), found "${starts[0]}"`,
        );
      }
    }
    if (opensParagraph || !current) {
      current = { kind: 'paragraph', id: `p${++paragraphNo}`, sentences: [], text: '' };
      blocks.push(current);
    }
    current.sentences.push({ id: `s${++sentenceNo}`, text: piece.text, start: piece.start });
  }
  if (nextStart < starts.length) {
    throw new StructureError(
      `paragraphs[${nextStart}]`,
      `"${starts[nextStart]}" does not open any sentence after "${starts[nextStart - 1] ?? ''}"; expected the opening words of a sentence, in document order`,
    );
  }
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const first = block.sentences[0]!;
      const last = block.sentences.at(-1)!;
      block.text = body.slice(first.start, last.start + last.text.length);
    }
  }
  return blocks;
}

/** Every addressable passage (paragraph, sentence or heading) by id. */
export function indexPassages(
  blocks: Block[],
): Map<string, { id: string; text: string; kind: 'paragraph' | 'sentence' | 'heading'; paragraphId: string }> {
  const index = new Map<
    string,
    { id: string; text: string; kind: 'paragraph' | 'sentence' | 'heading'; paragraphId: string }
  >();
  for (const block of blocks) {
    index.set(block.id, { id: block.id, text: block.text, kind: block.kind, paragraphId: block.id });
    if (block.kind === 'paragraph') {
      for (const s of block.sentences) {
        index.set(s.id, { id: s.id, text: s.text, kind: 'sentence', paragraphId: block.id });
      }
    }
  }
  return index;
}
