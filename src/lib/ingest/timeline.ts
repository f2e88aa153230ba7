/**
 * Timeline candidates from a report: one per date a sentence carries, resolved against the
 * publication date by chrono-node, at the precision the words give, with the sentence as evidence.
 * Whether a date looks back or ahead, and what kind of event it is, is read from the verb the date
 * belongs to (src/lib/ingest/language.ts), not from the sentence as a whole.
 * Everything here is a guess for an editor to check, so every candidate is a draft.
 */
import * as chrono from 'chrono-node/en';
import type { z } from 'astro/zod';
import { formatCalendarDate } from '../dates.ts';
import type { Block } from '../passages.ts';
import type { timelineEventSchema } from '../schemas.ts';
import { EVENT_PLACEHOLDERS } from '../placeholders.ts';
import { analyse, readsAsSentence, verbOfDate, type VerbPhrase } from './language.ts';

/** A timeline event as ingest drafts it; its track is one of the tracks it was given, checked by the schema. */
export type TimelineCandidate = Omit<z.input<typeof timelineEventSchema>, 'track'> & {
  track: string;
  approximate: boolean;
  inferred: boolean;
  draft: true;
  provenance: { type: 'source'; source: string; passage: string; quote: string };
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "By midweek" is the Wednesday of the week of publication (weeks start on Monday); chrono has no word for it. */
const midweek: chrono.Parser = {
  pattern: () => /\b(?:by\s+)?mid-?week\b/i,
  extract(context) {
    const ref = context.refDate;
    const wednesday = new Date(
      Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate() + 2 - ((ref.getUTCDay() + 6) % 7)),
    );
    return {
      year: wednesday.getUTCFullYear(),
      month: wednesday.getUTCMonth() + 1,
      day: wednesday.getUTCDate(),
      weekday: 3,
    };
  },
};

/** A year on its own ("in 1992", "since 2019", "in early 2024"): chrono's English parsers skip bare years. */
const yearAlone: chrono.Parser = {
  pattern: () =>
    /\b(?:in|since|during|by|until|from|before|after|of)\s+(?:(?:early|late)\s+|mid-)?((?:1[89]|20)\d\d)\b(?![-–]\d)/i,
  extract: (_context, match) => ({ year: Number(match[1]) }),
};

const parser = chrono.casual.clone();
parser.parsers.push(midweek, yearAlone);

/** Relative words that count from the event just described, not from the day of publication. */
const FROM_PREVIOUS = /\b(?:later|earlier|afterwards?|the (?:next|following|previous) day|the day (?:before|after))\b/i;
/** "for ten days", "For two weeks": how long something lasts, which chrono reads as a date counted from publication. */
const DURATION = /^for\s/i;
const ROUGHLY = /\b(?:mid-?week|weeks?|early|late|mid-|around|about|roughly)\b/i;

/** A track of the story's timeline, and the words that put an event on it ("Kazakhstan", "Astana"…). */
export interface TrackRule {
  id: string;
  terms: string[];
}

export interface Tracks {
  /** In order of preference when a sentence names the terms of two equally. */
  rules: TrackRule[];
  /** The track of an event whose sentence names none of the terms. */
  fallback: string;
}

export interface SourceInfo {
  /** The source id (its slug). */
  source: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  tracks: Tracks;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Noon UTC on the day, so no time zone moves a date across midnight. */
const noon = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, 12));
};
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

interface Resolved {
  date: string;
  approximate: boolean;
  inferred: boolean;
  /** For readers: how the date was worked out, in plain words. */
  dateNote?: string;
  /** For the editor's printout: what it was counted from. */
  how?: string;
}

const WEEKDAY_NAME = (date: Date) => WEEKDAYS[date.getUTCDay()]!;

/**
 * The date a chrono result stands for, at the precision its words give, and a note for readers
 * when the words do not give it outright ("On Thursday", "two days later", "in September").
 */
function resolve(
  result: chrono.ParsedResult,
  text: string,
  published: string,
  looksAhead: boolean,
  previous: { date: string; passage: string } | undefined,
): Resolved | null {
  const c = result.start;
  const hasDay = c.isCertain('day') || c.isCertain('weekday');
  const hasMonth = hasDay || c.isCertain('month');
  if (!hasMonth && !c.isCertain('year')) return null; // a time of day alone is not a date
  const words = result.text.replace(/[\s,.;:]+$/, '');
  let day = new Date(Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!, 12));
  let note: string | undefined;
  let how: string | undefined;
  const pub = noon(published);
  const pubDay = `${WEEKDAY_NAME(pub)} ${formatCalendarDate(published)}`;
  const says = `The report says “${words}”`;
  if (/mid-?week/i.test(words)) {
    note = `${says}; it was published on ${pubDay}, so this is around Wednesday ${formatCalendarDate(isoDay(day))}, the middle of that week.`;
  } else if (c.isCertain('weekday') && !c.isCertain('day')) {
    // A report tells of days gone by unless the verb looks ahead: "On Thursday" is the last Thursday.
    if (!looksAhead && day > pub) day = new Date(day.getTime() - 7 * 86_400_000);
    if (looksAhead && day < pub) day = new Date(day.getTime() + 7 * 86_400_000);
    const weekday = WEEKDAY_NAME(day);
    note =
      day.getTime() === pub.getTime()
        ? `${says}; it was published on ${pubDay}, so this is that day.`
        : `${says}${looksAhead ? ', looking ahead' : ''}; it was published on ${pubDay}, so this is the ${weekday} ${looksAhead ? 'after' : 'before'}, ${formatCalendarDate(isoDay(day))}.`;
  } else if (FROM_PREVIOUS.test(words)) {
    if (previous) {
      note = `${says}; counted from ${formatCalendarDate(previous.date)}.`;
      how = `counted from the date of ${previous.passage}`;
    } else {
      note = `${says}; counted from its publication on ${pubDay}.`;
    }
  } else if (!c.isCertain('year')) {
    // A month or day without its year is the latest such date on or before publication, unless the verb looks ahead.
    if (!looksAhead && day > pub)
      day = new Date(Date.UTC(day.getUTCFullYear() - 1, day.getUTCMonth(), day.getUTCDate(), 12));
    if (
      looksAhead &&
      (hasDay
        ? day < pub
        : day.getUTCFullYear() * 12 + day.getUTCMonth() < pub.getUTCFullYear() * 12 + pub.getUTCMonth())
    )
      day = new Date(Date.UTC(day.getUTCFullYear() + 1, day.getUTCMonth(), day.getUTCDate(), 12));
    const year = day.getUTCFullYear();
    const month = MONTHS[day.getUTCMonth()]!;
    note =
      year === pub.getUTCFullYear()
        ? `The report gives “${words}” without a year; the year is that of its publication, ${year}.`
        : `The report gives “${words}” without a year${looksAhead ? ', looking ahead' : ''}; it was published on ${pubDay}, so this is the ${month} ${looksAhead ? 'after' : 'before'}, in ${year}.`;
  } else if (!new RegExp(`(?<!\\d)${c.get('year')}(?!\\d)`).test(words)) {
    note = `${says}; counted from its publication on ${pubDay}.`;
  }
  const y = String(day.getUTCFullYear());
  const date = hasDay ? isoDay(day) : hasMonth ? `${y}-${pad(day.getUTCMonth() + 1)}` : y;
  const approximate = ROUGHLY.test(words) || ROUGHLY.test(text.slice(Math.max(0, result.index - 6), result.index));
  const out: Resolved = { date, approximate, inferred: note !== undefined };
  if (note) out.dateNote = approximate && !note.includes('around') ? `${note} The date is approximate.` : note;
  else if (approximate) out.dateNote = `${says}, so the date is approximate.`;
  if (how) out.how = how;
  return out;
}

/** Parts of speech that are never a name, even capitalised at the start of a sentence. */
const NOT_A_NAME = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Adverb', 'Date', 'Verb'];
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}.’'-]*$/u;
/** "Israeli", "Palestinian", "Japanese", "Turkish" before a noun describe; they do not act. */
const DEMONYM = /(?:ian|ese|ish|i)$/;

/**
 * Who acts or speaks: runs of capitalised words ("President Kassym-Jomart Tokayev", "State of
 * Palestine"), at most three, with compromise's parts of speech deciding what is a name. The first
 * word of a sentence is capitalised anyway, so it counts only when compromise knows it as a name
 * ("Kazakhstan", "Uzbekistan"), or it is a singular noun the document never writes in lower case
 * ("Hamas"): "Low water levels…" and "Officials said…" give no actor.
 */
export function guessActors(sentence: string, lowerCaseWords: Set<string>): string[] {
  const { terms } = analyse(sentence);
  const tokens = [...sentence.matchAll(/\S+/g)];
  const runs: string[][] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length && /^(?:of|the)$/.test(run.at(-1)!)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  tokens.forEach((match, i) => {
    const token = match[0];
    const bare = token.replace(/^["“‘'(]+/, '');
    const ends = /[,;:.!?”"’)]$/.test(bare) && !/^(?:\p{Lu}\.)+$/u.test(bare);
    const possessive = /[’']s[,;:.!?”"’)]*$/.test(bare);
    let word = bare.replace(/[’']s(?=[,;:.!?”"’)]*$)/, '');
    if (!/^(?:\p{Lu}\.)+$/u.test(word)) word = word.replace(/[,;:.!?”"’)]+$/, '');
    const start = match.index + token.length - bare.length;
    const tags = terms.find((t) => t.start >= start && t.start < start + bare.length)?.tags ?? new Set<string>();
    const next = tokens[i + 1]?.[0];
    const known = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'].some((t) => tags.has(t));
    const first = i === 0;
    if (run.length && /^(?:of|the)$/.test(word) && next && /^\p{Lu}/u.test(next)) {
      run.push(word);
    } else if (
      NAME_WORD.test(word) &&
      !NOT_A_NAME.some((t) => tags.has(t)) &&
      !(first && !known && (tags.has('Adjective') || tags.has('Plural') || lowerCaseWords.has(word.toLowerCase()))) &&
      !((tags.has('Demonym') || DEMONYM.test(word)) && !run.length && next !== undefined && /^\p{Ll}/u.test(next))
    ) {
      run.push(word);
    } else {
      close();
    }
    if (ends || possessive) close();
  });
  close();
  const actors: string[] = [];
  for (const name of runs.map((r) => r.join(' '))) {
    if (!actors.some((a) => a === name || a.split(' ').includes(name))) actors.push(name);
  }
  return actors.slice(0, 3);
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The track whose terms the sentence names most often (the sentence before it in its paragraph
 * counting for less: a sentence often goes on about its subject), or the fallback when none is named.
 */
export function guessTrack(sentence: string, before: string, tracks: Tracks): string {
  const count = (text: string, terms: string[]) =>
    terms.reduce(
      (n, term) =>
        n + (text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0),
      0,
    );
  let best = { id: tracks.fallback, score: 0 };
  for (const rule of tracks.rules) {
    const score = 2 * count(sentence, rule.terms) + count(before, rule.terms);
    if (score > best.score) best = { id: rule.id, score };
  }
  return best.id;
}

/** What an event is, by the verb its date belongs to: "signed" is an event even in a sentence that also says "said". */
function kindOf(verb: VerbPhrase | undefined, looksAhead: boolean): 'event' | 'statement' | 'expectation' {
  if (looksAhead) return 'expectation';
  return verb?.reportsSpeech ? 'statement' : 'event';
}

export interface CandidateReading {
  /** The candidate's id. */
  id: string;
  /** For the editor's printout: the verb the date was read with, and what it was counted from. */
  how: string;
}

export interface Candidates {
  events: TimelineCandidate[];
  /** One per event, in the same order. */
  readings: CandidateReading[];
  /** Sentences that carry a date but give no candidate, and why. */
  skipped: { passage: string; reason: string }[];
}

/** Every date carried by a sentence of the report, as a draft timeline event. */
export function timelineCandidates(blocks: Block[], info: SourceInfo): Candidates {
  // Each sentence with the one before it in its paragraph: a sentence often goes on about the
  // subject of the one before ("the Ministry of Foreign Affairs" after "Kazakhstan's position…").
  const sentences = blocks.flatMap((b) =>
    b.kind === 'paragraph' ? b.sentences.map((s, i) => ({ ...s, before: b.sentences[i - 1]?.text ?? '' })) : [],
  );
  const lowerCaseWords = new Set(
    sentences.flatMap((s) => s.text.match(/(?<![\p{L}-])\p{Ll}[\p{L}-]*/gu) ?? []).map((w) => w.toLowerCase()),
  );
  const out: Candidates = { events: [], readings: [], skipped: [] };
  let previous: { date: string; passage: string } | undefined;
  const reference = { instant: noon(info.published), timezone: 0 };
  for (const s of sentences) {
    const results = parser.parse(s.text, reference).filter((r) => !DURATION.test(r.text));
    if (results.length === 0) continue;
    // The quote is the evidence shown to readers: it must be a whole sentence, not a cut piece.
    if (!readsAsSentence(s.text)) {
      out.skipped.push({
        passage: s.id,
        reason: 'it carries a date but does not read as a whole sentence (no subject and verb)',
      });
      continue;
    }
    const ahead = parser.parse(s.text, reference, { forwardDate: true });
    const found: (Resolved & { kind: TimelineCandidate['kind']; verb?: VerbPhrase })[] = [];
    for (const result of results) {
      const verb = verbOfDate(s.text, result.index, result.text.length);
      const looksAhead = verb?.looksAhead ?? false;
      const chosen = (looksAhead && ahead.find((r) => r.index === result.index)) || result;
      const fromPrevious = previous && FROM_PREVIOUS.test(chosen.text);
      const again = fromPrevious
        ? (parser.parse(chosen.text, { instant: noon(previous!.date), timezone: 0 })[0] ?? chosen)
        : chosen;
      const resolved = resolve(again, s.text, info.published, looksAhead, fromPrevious ? previous : undefined);
      if (resolved && !found.some((f) => f.date === resolved.date)) {
        found.push({ ...resolved, kind: kindOf(verb, looksAhead), ...(verb ? { verb } : {}) });
      }
    }
    const track = guessTrack(s.text, s.before, info.tracks);
    const actors = guessActors(s.text, lowerCaseWords);
    found.forEach((r, n) => {
      const id = `${info.source}-${s.id}${found.length > 1 ? `-${n + 1}` : ''}`;
      out.events.push({
        id,
        date: r.date,
        approximate: r.approximate,
        inferred: r.inferred,
        ...(r.dateNote ? { dateNote: r.dateNote } : {}),
        track,
        kind: r.kind,
        actors: actors.length ? actors : [EVENT_PLACEHOLDERS.actors],
        headline: EVENT_PLACEHOLDERS.headline(s.id, r.date),
        summary: EVENT_PLACEHOLDERS.summary(s.id),
        provenance: { type: 'source', source: info.source, passage: s.id, quote: s.text },
        draft: true,
      });
      const verb = r.verb ? `“${r.verb.text}”${r.verb.looksAhead ? ', looking ahead' : ''}` : 'no verb found';
      out.readings.push({ id, how: [`date read with ${verb}`, ...(r.how ? [r.how] : [])].join('; ') });
    });
    if (found.length) {
      const last = found.at(-1)!;
      if (/^\d{4}-\d{2}-\d{2}$/.test(last.date)) previous = { date: last.date, passage: s.id };
    }
  }
  return out;
}
