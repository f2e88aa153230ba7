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
  /**
   * Opening words of each sentence that starts a new paragraph, in order; the first sentence always
   * does. Paragraph breaks the text makes itself (lines, blank lines) count whether listed or not.
   */
  paragraphs: string[];
  /**
   * Sub-headings in order of appearance: a line of its own, or words flattened into the start of a
   * sentence. Markdown "##" lines are headings whether listed or not.
   */
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

// Intl.Segmenter (ICU) ends a sentence after any abbreviation followed by a capital ("U.S. President",
// "долл. США", "Р. Желдыбай"). V8 does not expose ICU's abbreviation suppressions, so known cases are joined
// back here, per language (by its primary subtag: "en-GB" uses "en"). A sentence that truly ends on one of
// them would be joined too; none does in our sources. A language without rules is split as Intl splits it.
interface SentenceRules {
  /** A sentence ICU ended on an abbreviation: joined to the next. */
  abbreviationAtEnd: RegExp;
  /**
   * Where ICU misses a sentence that opens with a number: Unicode's rule does not break after a full stop
   * when the next letter is lower case, and a Russian date is ("…30 сентября. 9 октября он…"). Such a break
   * is made here, unless the word before the stop is one that takes a number ("ст. 5", "ок. 50").
   */
  numberAbbreviations?: RegExp;
}

const SENTENCE_RULES: Readonly<Record<string, SentenceRules>> = {
  en: { abbreviationAtEnd: /(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Prof)\.)\s*$/ },
  ru: {
    // An initial ("К.-Ж.", "Р."), or a word shortened before a name or a unit: г. (город, год), ул., им.,
    // т. е., долл., млрд. Cyrillic needs \p{L} where English has \b, which knows only ASCII letters.
    // Abbreviations that often do end a sentence ("и т. д.", "и др.") are left out.
    abbreviationAtEnd:
      /(?<!\p{L})(?:\p{Lu}|г|гг|ул|пр|просп|пл|им|т\.\s?е|т\.\s?к|т\.\s?н|т\.\s?ч|долл|руб|тыс|млн|млрд|трлн|см|ср|напр|ок|ген|проф|акад|св|англ|каз|рус|араб|мин|зам|пред|ред)\.\s*$/u,
    numberAbbreviations: /^(?:\p{L}|ст|стр|рис|табл|гл|вып|изд|кн|корп|кв|ок|см|ср|тыс|млн|млрд|гг|прим|разд|пп|чч)$/iu,
  },
};

const rulesOf = (locale: string): SentenceRules | undefined => SENTENCE_RULES[locale.toLowerCase().split(/[-_]/)[0]!];

// A full stop (or ?, !, …), closing quotes or brackets, spaces, then a digit: a break ICU may have missed.
const BEFORE_NUMBER = /(\p{L}+|\p{N}+)[»”")]*[.!?…]+[»”")]*\s+(?=\p{N})/gu;

/** A sentence cut where a new one opens with a number, unless the word before the stop takes that number. */
function splitBeforeNumbers(
  sentence: { text: string; start: number },
  takesNumber: RegExp,
): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = 0;
  for (const match of sentence.text.matchAll(BEFORE_NUMBER)) {
    if (takesNumber.test(match[1]!)) continue;
    const end = match.index + match[0].length;
    out.push({ text: sentence.text.slice(from, end), start: sentence.start + from });
    from = end;
  }
  out.push({ text: sentence.text.slice(from), start: sentence.start + from });
  return out;
}

/** Sentences of a text, with their offsets, trailing spaces trimmed. `locale` is the text's language. */
export function segmentSentences(text: string, locale = 'en'): { text: string; start: number }[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const rules = rulesOf(locale);
  let out: { text: string; start: number }[] = [];
  let pending: { text: string; start: number } | null = null;
  for (const { segment, index } of segmenter.segment(text)) {
    if (pending) {
      pending.text += segment;
    } else {
      pending = { text: segment, start: index };
    }
    if (!rules?.abbreviationAtEnd.test(pending.text)) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  const takesNumber = rules?.numberAbbreviations;
  if (takesNumber) out = out.flatMap((s) => splitBeforeNumbers(s, takesNumber));
  return out.map((s) => ({ text: s.text.trimEnd(), start: s.start })).filter((s) => s.text.length > 0);
}

/**
 * A source file's headline and body. The headline is line 1 (a Markdown "# " marker and a byte
 * order mark are not part of it); the body is everything after it, without the final line break.
 */
export function sourceParts(raw: string): { headline: string; body: string } {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const newline = text.indexOf('\n');
  const line = newline === -1 ? text : text.slice(0, newline);
  const headline = line
    .replace(/^#[ \t]+/, '')
    .replace(/[ \t]+#+[ \t]*$/, '')
    .trim();
  const body = newline === -1 ? '' : text.slice(newline + 1).replace(/\r?\n$/, '');
  return { headline, body };
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

/** Where the text itself starts a paragraph or sets a heading: the structure a file brings with it. */
export interface TextParagraph {
  /** Offsets in the body, leading and trailing spaces excluded. */
  start: number;
  end: number;
  /** The words of a Markdown sub-heading line ("## Words"), without its markers. */
  heading?: string;
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const MARKDOWN_HEADING = /^(#{2,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * The paragraphs a text marks by itself. A Markdown "##" line is always a heading on its own.
 * When blank lines appear between lines of text, they separate paragraphs and a single line break
 * is only a wrap inside one; otherwise every line is a paragraph. A body on one line (a flattened
 * document) is one paragraph, and the editorial structure divides it.
 */
export function textParagraphs(body: string): TextParagraph[] {
  const lines: { start: number; end: number; text: string }[] = [];
  for (const match of body.matchAll(LINE)) {
    const text = match[0].replace(/[\r\n]+$/, '');
    if (match[0].length === 0 && match.index >= body.length) break;
    lines.push({ start: match.index, end: match.index + text.length, text });
  }
  const content = lines.map((l, i) => (l.text.trim() ? i : -1)).filter((i) => i >= 0);
  const first = content[0] ?? 0;
  const last = content.at(-1) ?? -1;
  const blankBetween = lines.slice(first, last + 1).some((l) => !l.text.trim());
  const out: TextParagraph[] = [];
  let open: TextParagraph | null = null;
  for (const line of lines) {
    const trimmed = line.text.trim();
    const heading = MARKDOWN_HEADING.exec(trimmed);
    if (!trimmed || heading) {
      open = null;
      if (heading?.[2]) {
        const start = line.start + line.text.indexOf(trimmed);
        out.push({ start, end: start + trimmed.length, heading: heading[2] });
      }
      continue;
    }
    const start = line.start + line.text.indexOf(trimmed);
    const end = start + trimmed.length;
    if (open && blankBetween) {
      open.end = end;
    } else {
      open = { start, end };
      out.push(open);
    }
  }
  return out;
}

export interface Piece {
  text: string;
  /** Offset in the body. */
  start: number;
  heading?: true;
  /** The text itself opens a paragraph here (a line or blank-line break). */
  opensParagraph?: true;
}

/** Sentences of a paragraph that may wrap over lines: line breaks count as spaces, offsets stay the body's. */
export function paragraphSentences(body: string, paragraph: TextParagraph, locale = 'en'): Piece[] {
  const flat = body.slice(paragraph.start, paragraph.end).replace(/[\r\n]/g, ' ');
  return segmentSentences(flat, locale).map((s) => {
    const start = paragraph.start + s.start;
    return { text: body.slice(start, start + s.text.length), start };
  });
}

/**
 * The body as a run of sentences and headings, in order: the text's own headings and paragraph
 * breaks, plus the listed headings, each found as a line of its own or at the start of a sentence.
 */
export function textPieces(body: string, headings: string[], locale = 'en'): Piece[] {
  const pieces: Piece[] = [];
  let headingIndex = 0;
  for (const paragraph of textParagraphs(body)) {
    const listed = headings[headingIndex];
    const whole = body.slice(paragraph.start, paragraph.end);
    if (paragraph.heading !== undefined || whole === listed) {
      const text = paragraph.heading ?? whole;
      if (text === listed) headingIndex++;
      pieces.push({ text, start: paragraph.start, heading: true });
      continue;
    }
    paragraphSentences(body, paragraph, locale).forEach((s, i) => {
      const heading = headings[headingIndex];
      if (heading !== undefined && s.text.startsWith(heading + ' ')) {
        pieces.push({ text: heading, start: s.start, heading: true });
        const rest = s.text.slice(heading.length + 1);
        pieces.push({ text: rest, start: s.start + heading.length + 1 });
        headingIndex++;
      } else {
        pieces.push(i === 0 ? { ...s, opensParagraph: true } : s);
      }
    });
  }
  if (headingIndex < headings.length) {
    throw new StructureError(
      `headings[${headingIndex}]`,
      `"${headings[headingIndex]}" was not found as a heading line or at the start of a sentence (after the earlier headings)`,
    );
  }
  return pieces;
}

export function splitPassages(body: string, structure: Structure, locale = 'en'): Block[] {
  const pieces = textPieces(body, structure.headings, locale);
  const starts = structure.paragraphs;
  if (starts.length === 0) {
    throw new StructureError('paragraphs', 'expected at least one paragraph start');
  }
  const blocks: Block[] = [];
  let sentenceNo = 0;
  let paragraphNo = 0;
  let nextStart = 0;
  let current: ParagraphBlock | null = null;
  const headingIds = new Set<string>();
  for (const piece of pieces) {
    if (piece.heading) {
      current = null;
      // Two sub-headings with the same words still need distinct anchors.
      const slug = slugify(piece.text) || 'section';
      let id = slug;
      for (let n = 2; headingIds.has(id); n++) id = `${slug}-${n}`;
      headingIds.add(id);
      blocks.push({ kind: 'heading', id, text: piece.text });
      continue;
    }
    const expected = starts[nextStart];
    const listed = expected !== undefined && piece.text.startsWith(expected);
    if (listed) nextStart++;
    const opensParagraph = listed || piece.opensParagraph === true;
    if (!listed && blocks.length === 0) {
      throw new StructureError(
        'paragraphs[0]',
        `expected the opening words of the first sentence ("${piece.text.slice(0, 30)}…"), found "${starts[0]}"`,
      );
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
