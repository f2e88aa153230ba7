/**
 * Timeline candidates from a report: one per date a sentence carries, resolved against the
 * publication date by chrono-node, at the precision the words give, with the sentence as evidence.
 * Everything here is a guess for an editor to check, so every candidate is a draft.
 */
import * as chrono from 'chrono-node/en';
import type { z } from 'astro/zod';
import { formatCalendarDate } from '../dates.ts';
import type { Block } from '../passages.ts';
import type { timelineEventSchema } from '../schemas.ts';

export type TimelineCandidate = z.input<typeof timelineEventSchema> & {
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

/**
 * Words that look ahead: the sentence describes what may happen, not what did. Case matters:
 * "may" looks ahead, "May" is a month.
 */
const LOOKS_AHEAD =
  /\b(?:may|might|will|would|could|expected|expects?|plans? to|planned|scheduled|set to|due to|upcoming|intends? to|[Bb]y midweek|[Nn]ext (?:week|month|year))\b/;
/** Words that report speech or a position taken. */
const SPEECH =
  /\b(?:said|says|stated|announced|declared|welcomed|commended|condemned|urged|reaffirmed|reiterated|stressed|emphasi[sz]ed|described|told|praised|backed|expressed|called (?:for|on))\b/i;
/** Relative words that count from the event just described, not from the day of publication. */
const FROM_PREVIOUS = /\b(?:later|earlier|afterwards?|the (?:next|following|previous) day|the day (?:before|after))\b/i;
const ROUGHLY = /\b(?:mid-?week|weeks?|early|late|mid-|around|about|roughly)\b/i;
const KAZAKHSTAN = /\b(?:Kazakh\w*|Astana|Tokayev|Akorda)\b/;

export interface SourceInfo {
  /** The source id (its slug). */
  source: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
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
  dateNote?: string;
}

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
  const pub = noon(published);
  const pubWords = formatCalendarDate(published);
  if (/mid-?week/i.test(words)) {
    note = `“${words}” read as Wednesday ${formatCalendarDate(isoDay(day))}, the middle of the week of publication`;
  } else if (c.isCertain('weekday') && !c.isCertain('day')) {
    // A report tells of days gone by unless the sentence looks ahead: "On Thursday" is the last Thursday.
    if (!looksAhead && day > pub) day = new Date(day.getTime() - 7 * 86_400_000);
    const relation = day.getTime() === pub.getTime() ? 'the day of publication' : looksAhead ? 'after' : 'before';
    note =
      relation === 'the day of publication'
        ? `“${words}” read as ${WEEKDAYS[day.getUTCDay()]} ${formatCalendarDate(isoDay(day))}, the day of publication`
        : `“${words}” read as the ${WEEKDAYS[day.getUTCDay()]} ${relation} publication (${pubWords}): ${formatCalendarDate(isoDay(day))}`;
  } else if (FROM_PREVIOUS.test(words)) {
    note = previous
      ? `“${words}” counted from ${formatCalendarDate(previous.date)}, the date in ${previous.passage}`
      : `“${words}” counted from the publication date, ${pubWords}`;
  } else if (!c.isCertain('year') || !new RegExp(`(?<!\\d)${c.get('year')}(?!\\d)`).test(words)) {
    if (!c.isCertain('year')) {
      // A month or day without its year is the latest such date on or before publication, unless the sentence looks ahead.
      if (!looksAhead && day > pub)
        day = new Date(Date.UTC(day.getUTCFullYear() - 1, day.getUTCMonth(), day.getUTCDate(), 12));
      note = `“${words}” gives no year: read as ${day.getUTCFullYear()}, from the publication date (${pubWords})`;
    } else {
      note = `“${words}” counted from the publication date, ${pubWords}`;
    }
  }
  const y = String(day.getUTCFullYear());
  const date = hasDay ? isoDay(day) : hasMonth ? `${y}-${pad(day.getUTCMonth() + 1)}` : y;
  const approximate = ROUGHLY.test(words) || ROUGHLY.test(text.slice(Math.max(0, result.index - 6), result.index));
  const out: Resolved = { date, approximate, inferred: note !== undefined };
  if (note) out.dateNote = approximate ? `${note}; approximate` : note;
  else if (approximate) out.dateNote = `“${words}”: only roughly dated`;
  return out;
}

/** Capitalised words that name nobody. */
const NOT_NAMES = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...'A An And As At But By During For From He Her His In It Its On She Since That The Their Then They This Amid After Before While We When Where Yet'.split(
    ' ',
  ),
]);
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}.’'-]*$/u;
/** "Israeli", "Palestinian", "Japanese", "Turkish" before a noun describe; they do not act. */
const DEMONYM = /(?:ian|ese|ish|i)$/;

/**
 * Who acts or speaks, guessed simply: runs of capitalised words ("President Kassym-Jomart Tokayev",
 * "State of Palestine"), at most three. A capitalised first word counts only when the document
 * never writes it in lower case ("Kazakhstan recognized…" yes, "Bilateral trade…" no).
 */
export function guessActors(sentence: string, lowerCaseWords: Set<string>): string[] {
  const tokens = sentence.split(/\s+/);
  const runs: string[][] = [];
  let run: string[] = [];
  const close = () => {
    while (run.length && /^(?:of|the)$/.test(run.at(-1)!)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  tokens.forEach((token, i) => {
    const bare = token.replace(/^["“‘'(]+/, '');
    const ends = /[,;:.!?”"’)]$/.test(bare) && !/^(?:\p{Lu}\.)+$/u.test(bare);
    const possessive = /[’']s[,;:.!?”"’)]*$/.test(bare);
    let word = bare.replace(/[’']s(?=[,;:.!?”"’)]*$)/, '');
    if (!/^(?:\p{Lu}\.)+$/u.test(word)) word = word.replace(/[,;:.!?”"’)]+$/, '');
    const next = tokens[i + 1];
    const first = i === 0;
    if (run.length && /^(?:of|the)$/.test(word) && next && /^\p{Lu}/u.test(next)) {
      run.push(word);
    } else if (
      NAME_WORD.test(word) &&
      !NOT_NAMES.has(word) &&
      !(first && lowerCaseWords.has(word.toLowerCase())) &&
      !(DEMONYM.test(word) && !run.length && next !== undefined && /^\p{Ll}/u.test(next))
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

/** Every date carried by a sentence of the report, as a draft timeline event. */
export function timelineCandidates(blocks: Block[], info: SourceInfo): TimelineCandidate[] {
  // Each sentence with the one before it in its paragraph: a sentence often goes on about the
  // subject of the one before ("the Ministry of Foreign Affairs" after "Kazakhstan's position…").
  const sentences = blocks.flatMap((b) =>
    b.kind === 'paragraph' ? b.sentences.map((s, i) => ({ ...s, before: b.sentences[i - 1]?.text ?? '' })) : [],
  );
  const lowerCaseWords = new Set(
    sentences.flatMap((s) => s.text.match(/(?<![\p{L}-])\p{Ll}[\p{L}-]*/gu) ?? []).map((w) => w.toLowerCase()),
  );
  const out: TimelineCandidate[] = [];
  let previous: { date: string; passage: string } | undefined;
  for (const s of sentences) {
    const looksAhead = LOOKS_AHEAD.test(s.text);
    const results = parser.parse(s.text, { instant: noon(info.published), timezone: 0 }, { forwardDate: looksAhead });
    const found: Resolved[] = [];
    for (const result of results) {
      const fromPrevious = previous && FROM_PREVIOUS.test(result.text);
      const again = fromPrevious
        ? (parser.parse(result.text, { instant: noon(previous!.date), timezone: 0 })[0] ?? result)
        : result;
      const resolved = resolve(again, s.text, info.published, looksAhead, fromPrevious ? previous : undefined);
      if (resolved && !found.some((f) => f.date === resolved.date)) found.push(resolved);
    }
    const track = KAZAKHSTAN.test(s.text) || KAZAKHSTAN.test(s.before) ? 'kazakhstan' : 'ceasefire';
    const kind = looksAhead ? 'expectation' : SPEECH.test(s.text) ? 'statement' : 'event';
    const actors = guessActors(s.text, lowerCaseWords);
    found.forEach((r, n) => {
      out.push({
        id: `${info.source}-${s.id}${found.length > 1 ? `-${n + 1}` : ''}`,
        date: r.date,
        approximate: r.approximate,
        inferred: r.inferred,
        ...(r.dateNote ? { dateNote: r.dateNote } : {}),
        track,
        kind,
        actors: actors.length ? actors : ['TODO: who acted or spoke'],
        headline: `TODO: one line in our words (${s.id}, ${r.date})`,
        summary: `TODO: a sentence or two in our words on what ${s.id} says happened; the quote is the evidence.`,
        provenance: { type: 'source', source: info.source, passage: s.id, quote: s.text },
        draft: true,
      });
    });
    if (found.length) {
      const last = found.at(-1)!;
      if (/^\d{4}-\d{2}-\d{2}$/.test(last.date)) previous = { date: last.date, passage: s.id };
    }
  }
  return out;
}
