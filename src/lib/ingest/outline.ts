/**
 * The outline of a report as received: where its paragraphs open, which lines or words are
 * sub-headings, and whether the text stops mid-sentence. The result is the `structure` of the
 * source metadata, so the source loader splits the file exactly as shown here.
 */
import { paragraphSentences, segmentSentences, textParagraphs, textPieces, type Structure } from '../passages.ts';
import { analyse, isFunctionWord, readsAsSentence } from './language.ts';

export interface Heading {
  text: string;
  /** How it was found: a Markdown "##" line, a short title-case line of its own, or words at the start of a sentence. */
  found: 'markdown' | 'line' | 'flattened';
}

/** Words written lower case inside a title ("The State of Palestine", "Talks in Cairo"). */
const MINOR = new Set(
  'a an and as at but by for from in into nor of on or over the to under up via vs with'.split(' '),
);
/**
 * Titles that come before a name. A sentence such as "President Donald Trump addressed…" looks
 * like a heading ("President Donald") followed by a sentence ("Trump addressed…"); no heading of a
 * news report ends inside a person's title and name, so a run holding one of these is not a heading.
 */
const NAME_TITLES = new Set(
  'President Prime Minister Secretary Chancellor King Queen Prince Sheikh Emir Ambassador Senator Governor Mayor General Pope Mr Mrs Ms Dr'.split(
    ' ',
  ),
);
const CAPITALISED = /^[\p{Lu}\d][\p{L}\p{M}\d’'-]*$/u;

function isTitleWord(word: string, first: boolean): boolean {
  return CAPITALISED.test(word) || (!first && MINOR.has(word));
}

/**
 * A short line of its own written in title case, without the punctuation that ends or breaks a
 * sentence: "A Delicate Diplomatic Position", "Talks in Cairo". A byline ("By …") is not a heading.
 */
export function isTitleLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (line.length < 3 || line.length > 80 || words.length > 12 || !/\p{L}/u.test(line)) return false;
  if (/[.,;:!"“”]$/.test(line.trim()) || words[0] === 'By') return false;
  return words.every((w, i) => isTitleWord(w.replace(/[?)]$/, ''), i === 0)) && !MINOR.has(words.at(-1)!);
}

/**
 * A sub-heading flattened into the start of a sentence: a run of title-case words followed by a
 * capitalised ordinary sentence ("A Delicate Diplomatic Position Kazakhstan has consistently…").
 * The run's last capitalised word opens the sentence, so the heading is the run without it; the
 * heading must not end in a function word, and the rest must read as a sentence.
 * Returns the heading, or null.
 */
export function flattenedHeading(sentence: string): string | null {
  const words = sentence.split(' ');
  let run = 0;
  while (run < words.length && isTitleWord(words[run]!, run === 0)) run++;
  while (run > 0 && MINOR.has(words[run - 1]!)) run--;
  const next = words[run];
  // The heading needs two words or more, and the sentence after it a capitalised word, then lower case.
  if (run < 3 || next === undefined || !/^\p{Ll}/u.test(next)) return null;
  const { terms, people } = analyse(sentence);
  const inRun = terms.filter((t) => t.start < words.slice(0, run).join(' ').length);
  if (words.slice(0, run).some((w) => w.split('-').some((part) => NAME_TITLES.has(part)))) return null;
  if (inRun.some((t) => t.tags.has('Honorific'))) return null;
  // The sentence may open with more than one capitalised word ("A Shared River Kazakhstan and
  // Uzbekistan signed…"): try the longest heading first.
  for (let cut = run - 1; cut >= 2; cut--) {
    const heading = words.slice(0, cut).join(' ');
    const rest = words.slice(cut);
    // The sentence that remains must be a sentence: a few words, opening with a capital.
    if (rest.length < 4 || !/^\p{Lu}/u.test(rest[0]!)) continue;
    // A title never ends in "and", "of" or "the": "Kazakhstan and Uzbekistan signed…" is one sentence
    // whose subject is two names, not the heading "Kazakhstan and". Read in the sentence, as compromise tags it.
    const last = terms.filter((t) => t.start < heading.length).at(-1);
    if (!last || isFunctionWord(last)) continue;
    // No person's name is cut in two ("Ambassador-at-large Aigerim | Seitenova said…").
    if (people.some((t) => t.start < heading.length && t.start + t.text.length > heading.length + 1)) continue;
    // And what is left reads as a sentence of its own: a subject and a finite verb.
    if (readsAsSentence(rest.join(' '))) return heading;
  }
  return null;
}

/** Sub-headings in the order they appear. */
export function findHeadings(body: string, locale = 'en'): Heading[] {
  const headings: Heading[] = [];
  for (const paragraph of textParagraphs(body)) {
    const text = body.slice(paragraph.start, paragraph.end);
    if (paragraph.heading !== undefined) {
      headings.push({ text: paragraph.heading, found: 'markdown' });
    } else if (!/[\r\n]/.test(text) && isTitleLine(text) && segmentSentences(text, locale).length === 1) {
      headings.push({ text, found: 'line' });
    } else {
      for (const s of paragraphSentences(body, paragraph, locale)) {
        const heading = flattenedHeading(s.text);
        if (heading) headings.push({ text: heading, found: 'flattened' });
      }
    }
  }
  return headings;
}

/**
 * The shortest opening of a sentence, three words or more, that no sentence between the previous
 * paragraph opening and this one also starts with: the loader matches openings in document order.
 */
function openingWords(sentence: string, earlier: string[]): string {
  const words = sentence.split(' ');
  for (let n = Math.min(3, words.length); n <= words.length; n++) {
    const opening = words.slice(0, n).join(' ');
    if (opening.length >= 3 && !earlier.some((s) => s.startsWith(opening))) return opening;
  }
  return sentence;
}

/** The structure the source metadata records: every paragraph opening and every sub-heading. */
export function outline(body: string, locale = 'en'): { structure: Structure; headings: Heading[] } {
  const headings = findHeadings(body, locale);
  const paragraphs: string[] = [];
  let between: string[] = [];
  let afterHeading = true;
  for (const piece of textPieces(
    body,
    headings.map((h) => h.text),
    locale,
  )) {
    if (piece.heading) {
      afterHeading = true;
    } else if (piece.opensParagraph || afterHeading) {
      paragraphs.push(openingWords(piece.text, between));
      between = [];
      afterHeading = false;
    } else {
      between.push(piece.text);
    }
  }
  // A Markdown heading is a heading whether listed or not; one shorter than the schema's 3 characters stays unlisted.
  const listed = headings.filter((h) => h.found !== 'markdown' || h.text.length >= 3).map((h) => h.text);
  return { structure: { paragraphs, headings: listed }, headings };
}

/**
 * True when the text stops mid-sentence: it ends with an ellipsis, or without the punctuation
 * that closes a sentence (closing quotation marks and brackets after it are allowed).
 */
export function endsMidSentence(body: string): boolean {
  const end = body.trimEnd();
  if (/(?:\.\.\.|…)["'”’)\]]*$/.test(end)) return true;
  return !/[.!?]["'”’)\]]*$/.test(end);
}
