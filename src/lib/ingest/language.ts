/**
 * What the words of a sentence do, for the ingest's guesses: its verbs and their tense, whether it
 * reads as a sentence, and which words are names.
 *
 * Parts of speech come from compromise (a maintained English NLP library that runs offline, from
 * npm, with no model to download), not from regular expressions: whether "Low" is an adjective or a
 * name, whether "said" or "would join" is the verb a date belongs to, or whether what follows a
 * flattened sub-heading has a subject and a finite verb, is grammar, and word lists get it wrong as
 * soon as a report words things differently. compromise is itself a guess (it reads "is set to" as
 * a noun), so the few constructions it misses are listed here, applied to the words it found.
 */
import nlp from 'compromise';

export interface Term {
  text: string;
  /** Offset of the word in the sentence. */
  start: number;
  tags: Set<string>;
}

export interface VerbPhrase {
  text: string;
  start: number;
  end: number;
  /** The verb's infinitive ("say" for "had said", "join" for "would join"). */
  lemma: string;
  /** A finite verb carries tense ("said", "would join"); "to follow" and "sharing" do not. */
  finite: boolean;
  /** It looks ahead: future, a modal ("would", "may"), or "expected to", "set to", "plans to"… */
  looksAhead: boolean;
  /** It reports speech or a position taken ("said", "welcomed", "urged"…). */
  reportsSpeech: boolean;
}

export interface Analysis {
  terms: Term[];
  verbs: VerbPhrase[];
  /** Names compromise recognises as people, places or organisations, with their offsets. */
  topics: { text: string; start: number }[];
  /** Of those, the people's names. */
  people: { text: string; start: number }[];
}

const MODALS = new Set(['will', 'would', 'shall', 'should', 'may', 'might', 'could', "'ll", '’ll']);
/** Verbs whose meaning looks ahead whatever their tense ("are expected to", "plans to"). */
const FORWARD_LEMMAS = new Set(['expect', 'plan', 'schedule', 'intend', 'aim', 'hope', 'prepare', 'seek']);
/** Words after a form of "be" that make it look ahead ("is set to", "is due to", "is about to"); compromise misses them. */
const FORWARD_AFTER_BE = /^(?:set|due|about|scheduled|poised|slated|going)\s+to\b/i;
/** Verbs of speech and of positions taken, as infinitives. */
const SPEECH_LEMMAS = new Set(
  'say state announce declare welcome commend condemn urge reaffirm reiterate stress emphasise emphasize describe tell praise back express call note add warn insist argue claim confirm deny acknowledge criticise criticize hail applaud pledge vow promise'.split(
    ' ',
  ),
);

const cache = new Map<string, Analysis>();

interface JsonTerm {
  text: string;
  tags: string[];
  offset: { start: number };
}
interface JsonVerb {
  text: string;
  offset: { start: number; length: number };
  verb?: { infinitive?: string; auxiliary?: string; grammar?: { tense?: string; isInfinitive?: boolean } };
}

/** Verb phrases as compromise found them, with what the ingest needs to know of each. */
function verbPhrases(sentence: string, terms: Term[], found: JsonVerb[]): VerbPhrase[] {
  return found.map((v): VerbPhrase => {
    const start = v.offset.start;
    const end = start + v.offset.length;
    const words = v.text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
    const first = terms.find((t) => t.start === start);
    const before = terms.filter((t) => t.start < start).at(-1);
    const after = sentence.slice(end).trimStart();
    const lemma = (v.verb?.infinitive ?? words.at(-1) ?? '').toLowerCase();
    const head = lemma.split(' ')[0]!;
    const finite =
      !v.verb?.grammar?.isInfinitive &&
      before?.text.toLowerCase() !== 'to' &&
      !(words.length === 1 && first?.tags.has('Gerund'));
    const looksAhead =
      v.verb?.grammar?.tense === 'FutureTense' ||
      words.some((w) => MODALS.has(w)) ||
      FORWARD_LEMMAS.has(head) ||
      (lemma === 'be' && FORWARD_AFTER_BE.test(after));
    return {
      text: sentence.slice(start, end).replace(/[\s,.;:!?]+$/, ''),
      start,
      end,
      lemma,
      finite,
      looksAhead,
      reportsSpeech: SPEECH_LEMMAS.has(head),
    };
  });
}

/**
 * compromise reads some past tenses as nouns ("Prices rose", "the Syr Darya rose"). With no finite
 * verb found, a noun straight after the subject that is a form of a verb compromise can conjugate
 * ("rose" of "rise") is taken for the verb.
 */
function verbTakenForNoun(sentence: string, terms: Term[]): VerbPhrase[] {
  for (const [i, term] of terms.entries()) {
    const before = terms[i - 1];
    if (!before || !term.tags.has('Noun') || term.tags.has('ProperNoun') || before.tags.has('Determiner')) continue;
    if (!before.tags.has('Noun') && !before.tags.has('Pronoun')) continue;
    const word = term.text.toLowerCase();
    const forced = nlp(word);
    forced.tag('PastTense');
    const lemma = forced.verbs().toInfinitive().text().toLowerCase();
    const infinitive = nlp(lemma);
    infinitive.tag('Infinitive');
    const forms =
      lemma && lemma !== word ? (infinitive.verbs().conjugate()[0] as Record<string, string> | undefined) : undefined;
    const tense = forms?.PastTense === word ? 'PastTense' : forms?.PresentTense === word ? 'PresentTense' : undefined;
    if (!tense) continue;
    const found = {
      text: term.text,
      offset: { start: term.start, length: term.text.length },
      verb: { infinitive: lemma, grammar: { tense } },
    };
    return verbPhrases(sentence, terms, [found]);
  }
  return [];
}

/** The sentence's words with their parts of speech, its verb phrases and its names. */
export function analyse(sentence: string): Analysis {
  const known = cache.get(sentence);
  if (known) return known;
  const doc = nlp(sentence);
  const terms: Term[] = (doc.json({ offset: true }) as { terms: JsonTerm[] }[]).flatMap((s) =>
    s.terms.map((t) => ({ text: t.text, start: t.offset.start, tags: new Set(t.tags) })),
  );
  let verbs = verbPhrases(sentence, terms, doc.verbs().json({ offset: true }) as JsonVerb[]);
  if (!verbs.some((v) => v.finite))
    verbs = [...verbs, ...verbTakenForNoun(sentence, terms)].sort((a, b) => a.start - b.start);
  const spans = (view: ReturnType<typeof doc.topics>) =>
    (view.json({ offset: true }) as { text: string; offset: { start: number } }[]).map((t) => ({
      text: t.text.replace(/[\s,.;:!?]+$/, ''),
      start: t.offset.start,
    }));
  const analysis = { terms, verbs, topics: spans(doc.topics()), people: spans(doc.people()) };
  if (cache.size > 2000) cache.clear();
  cache.set(sentence, analysis);
  return analysis;
}

/**
 * The verb a date at `at` (an offset in the sentence, `length` characters long) belongs to. A date
 * that opens its clause ("On Thursday, the minister said…", "…, and on October 9, Tokayev welcomed…")
 * belongs to the first finite verb after it; otherwise to the last finite verb before it ("Officials
 * said in September that…"), or, with none before, the first after.
 */
export function verbOfDate(sentence: string, at: number, length: number): VerbPhrase | undefined {
  const finite = analyse(sentence).verbs.filter((v) => v.finite);
  // chrono's match may take the comma after it ("on Friday,").
  const end = at + sentence.slice(at, at + length).replace(/[\s,.;:]+$/, '').length;
  const before = sentence
    .slice(0, at)
    .replace(/\b(?:on|in|by|at|since|during|from|until|of|early|late|mid)[\s-]*$/i, '')
    .trim();
  const opensClause =
    (before === '' || /(?:[,;:]|\band|\bbut|\bthen)$/i.test(before)) && /^\s*,/.test(sentence.slice(end));
  const after = finite.find((v) => v.start >= end);
  if (opensClause && after) return after;
  return finite.filter((v) => v.end <= at).at(-1) ?? after;
}

/**
 * True when the words read as a sentence of their own: a finite verb with a noun or pronoun before
 * it (its subject). "Uzbekistan signed an agreement…" does; "At that time, 76..." does not.
 */
export function readsAsSentence(text: string): boolean {
  const { terms, verbs } = analyse(text);
  // Any finite verb will do: compromise may read a first word as an imperative ("Work on the line began…").
  return verbs.some(
    (verb) => verb.finite && terms.some((t) => t.start < verb.start && (t.tags.has('Noun') || t.tags.has('Pronoun'))),
  );
}

/** True for a word that cannot end a title: a conjunction, preposition or article ("and", "of", "the"). */
export function isFunctionWord(term: Term): boolean {
  return ['Conjunction', 'Preposition', 'Determiner'].some((tag) => term.tags.has(tag));
}
