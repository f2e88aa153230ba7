/**
 * The timeline at build time: the checks that keep every event true to its evidence, and the
 * ordered, display-ready list a story's timeline page and the lists inside its articles render, in
 * an edition's words (dates, gaps, how evidence is labelled). Pure: takes events and what is known
 * about sources and context facts, returns data or messages.
 */
import { fill, t } from '../i18n/index.ts';
import { formatCalendarDate, gapLabel } from '../i18n/dates.ts';
import { comparePartialDates, parsePartialDate, partialDateTime, type PartialDate } from './dates';
import { DEFAULT_LANG, type Lang } from './editions';
import { passagePath } from './paths';
import type { TimelineEvent } from './schemas';

/** An event and the file it was read from, so every message can name both. */
export interface LocatedEvent {
  file: string;
  event: TimelineEvent;
}

export interface TimelineKnown {
  /** Source id → passage id → the passage's text. */
  sources: Map<string, Map<string, string>>;
  /** Context fact id → when it happened and its strand of the story. */
  contextFacts: Map<string, { date: string; track: string }>;
}

const list = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ');
// Straight and curly quotation marks look alike on screen; a quote that differs only there gets a hint.
const plainQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** A line for every event whose id an earlier event already has. */
export function findRepeatedIds(events: readonly LocatedEvent[]): string[] {
  const firstFile = new Map<string, string>();
  return events.flatMap(({ file, event }) =>
    [event.id, ...event.aliases].flatMap((id, i) => {
      const first = firstFile.get(id);
      if (first === undefined) {
        firstFile.set(id, file);
        return [];
      }
      const field = i === 0 ? 'id' : `aliases[${i - 1}]`;
      return [
        `${file}: event "${event.id}": ${field}: repeats the id "${id}" of an event in ${first}; expected every id to be unique, since it is the event's permalink`,
      ];
    }),
  );
}

/** Every reason the timeline cannot be built, one line each, naming the file, the event and the field. */
export function checkTimeline(
  events: readonly LocatedEvent[],
  known: TimelineKnown,
  /** False for events no story holds yet (ingest drafts): their facts need not all be on them. */
  { everyFactShown = true }: { everyFactShown?: boolean } = {},
): string[] {
  const errors = findRepeatedIds(events);
  const byId = new Map<string, LocatedEvent>();
  for (const located of events) if (!byId.has(located.event.id)) byId.set(located.event.id, located);

  for (const { file, event } of events) {
    const at = `${file}: event "${event.id}"`;
    try {
      parsePartialDate(event.date);
    } catch (e) {
      errors.push(`${at}: date: ${(e as Error).message}`);
    }

    const p = event.provenance;
    if (p.type === 'source') {
      const passages = known.sources.get(p.source);
      const text = passages?.get(p.passage);
      if (!passages) {
        errors.push(
          `${at}: provenance.source: unknown source "${p.source}"; expected one of ${list(known.sources.keys())} (content/sources/)`,
        );
      } else if (text === undefined) {
        errors.push(
          `${at}: provenance.passage: no passage "${p.passage}" in source "${p.source}"; expected a paragraph (p1…) or sentence (s1…) id shown on /sources/${p.source}/`,
        );
      } else if (!text.includes(p.quote)) {
        const hint = plainQuotes(text).includes(plainQuotes(p.quote))
          ? ' It differs only in quotation marks or apostrophes: copy them from the source.'
          : '';
        errors.push(
          `${at}: provenance.quote: expected words found exactly in passage ${p.passage} ("${text}"), found "${p.quote}".${hint}`,
        );
      }
    } else {
      const fact = known.contextFacts.get(p.fact);
      if (!fact) {
        errors.push(
          `${at}: provenance.fact: unknown context fact "${p.fact}"; expected an id from content/context/facts.json`,
        );
      } else {
        if (fact.date !== event.date) {
          errors.push(
            `${at}: date: expected "${fact.date}", the date of context fact "${p.fact}", found "${event.date}"`,
          );
        }
        if (fact.track !== event.track) {
          errors.push(
            `${at}: track: expected "${fact.track}", the track of context fact "${p.fact}", found "${event.track}"`,
          );
        }
      }
    }

    event.alsoReported.forEach((id, i) => {
      const fact = known.contextFacts.get(id);
      const field = `${at}: alsoReported[${i}]`;
      if (!fact) {
        errors.push(`${field}: unknown context fact "${id}"; expected an id from content/context/facts.json`);
      } else if (fact.date !== event.date) {
        errors.push(
          `${field}: context fact "${id}" is dated "${fact.date}", the event "${event.date}"; expected a fact that reports this same event, on its date`,
        );
      } else if (fact.track !== event.track) {
        errors.push(
          `${field}: context fact "${id}" is on track "${fact.track}", the event on "${event.track}"; expected a fact that reports this same event`,
        );
      }
    });

    if (event.respondsTo !== undefined) {
      const target = byId.get(event.respondsTo);
      if (!target) {
        errors.push(
          `${at}: respondsTo: no event has the id "${event.respondsTo}"; expected the id of the milestone this statement answers`,
        );
      } else if (target.event.id === event.id) {
        errors.push(`${at}: respondsTo: an event cannot answer itself; expected the id of another event`);
      } else if (target.event.draft && !event.draft) {
        errors.push(
          `${at}: respondsTo: "${event.respondsTo}" is a draft, so the link would lead nowhere; expected a published event`,
        );
      }
    }
  }

  errors.push(...respondsToCircles(events, byId));

  const onTimeline = new Set(events.flatMap(({ event }) => (event.draft ? [] : factsOf(event))));
  for (const id of everyFactShown ? known.contextFacts.keys() : []) {
    if (!onTimeline.has(id)) {
      errors.push(
        `content/context/facts.json: fact "${id}": not on the timeline; expected a published event in content/timeline/ with "provenance": { "type": "context", "fact": "${id}" }, or listing it in "alsoReported"`,
      );
    }
  }
  return errors;
}

/** The context facts an event shows: its provenance, and the facts that report the same event. */
export function factsOf(event: TimelineEvent): string[] {
  return [...(event.provenance.type === 'context' ? [event.provenance.fact] : []), ...event.alsoReported];
}

/**
 * One line for each circle of `respondsTo` links ("a" answers "b", which answers "a"): a statement answers
 * an earlier milestone, so a chain of them must end. Each circle is reported once, at its first event.
 */
function respondsToCircles(events: readonly LocatedEvent[], byId: Map<string, LocatedEvent>): string[] {
  const errors: string[] = [];
  const reported = new Set<string>();
  for (const { file, event } of events) {
    const chain = [event.id];
    let next = event.respondsTo;
    while (next !== undefined && byId.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = byId.get(next)!.event.respondsTo;
    }
    // Back at this event: a circle through it (an event answering itself is reported on its own, above).
    if (next !== event.id || chain.length < 2 || reported.has(event.id)) continue;
    chain.forEach((id) => reported.add(id));
    errors.push(
      `${file}: event "${event.id}": respondsTo: the answers go round in a circle, ${[...chain, event.id].map((id) => `"${id}"`).join(' → ')}; expected each statement to answer an earlier milestone, so that a chain of answers ends`,
    );
  }
  return errors;
}

/**
 * Events in date order (see comparePartialDates). Events on the same date follow the report:
 * passages from the source in the order it tells them, then context facts, by id.
 * The order never depends on how files or collections happen to be read.
 */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const place = (p: TimelineEvent['provenance']): [number, string, number] =>
    p.type === 'source' ? [0, p.source, Number(p.passage.slice(1))] : [1, p.fact, 0];
  return events
    .map((event) => ({ event, date: parsePartialDate(event.date), place: place(event.provenance) }))
    .sort(
      (a, b) =>
        comparePartialDates(a.date, b.date) ||
        a.place[0] - b.place[0] ||
        a.place[1].localeCompare(b.place[1]) ||
        a.place[2] - b.place[2] ||
        a.event.id.localeCompare(b.event.id),
    )
    .map(({ event }) => event);
}

export interface Citation {
  publisher: string;
  /** YYYY-MM-DD or YYYY-MM. */
  date?: string | undefined;
  url: string;
}

/** What an edition other than the first shows of a source it quotes. */
export interface SourceInEdition {
  /** Passage id → our translation of it, where the edition has translated the source. */
  passages?: ReadonlyMap<string, string> | undefined;
  /** Whether the edition has its own page of the source, which the evidence then links to. */
  page: boolean;
}

export interface TimelineLookups {
  /** Source id → what a citation of it shows (its publisher in the edition's words), and, in another edition, what it has of it. */
  sources: Map<string, { publisher: string; language: string; edition?: SourceInEdition | undefined }>;
  /** Context fact id → whether it came after the source, and the reports that state it. */
  contextFacts: Map<string, { after: boolean; citations: Citation[] }>;
}

interface EventLink {
  /** "#event-<id>" when the event is in the same list, else its place on the full timeline page. */
  href: string;
  headline: string;
}

/** An event as the page shows it. */
export interface TimelineItem {
  id: string;
  anchor: string;
  /** Anchors of ids the event had before others were merged into it, still linked to from elsewhere. */
  aliasAnchors: string[];
  track: string;
  trackLabel: string;
  /** The track's palette colour (TRACK_COLOURS), and its column in the wide layout, from 1. */
  trackColour: string;
  trackColumn: number;
  /** Only under `astro dev`: an unpublished candidate shown so an editor can preview it. */
  draft: boolean;
  kind: TimelineEvent['kind'];
  actors: string[];
  headline: string;
  summary: string;
  date: {
    /** For <time datetime>, at the event's precision. */
    datetime: string;
    /** In words: "1992", "October 2023", "30 September 2025". */
    label: string;
    /** How much of the date the evidence gives. */
    precision: 'year' | 'month' | 'day';
    approximate: boolean;
    inferred: boolean;
    note?: string | undefined;
  };
  provenance:
    | {
        type: 'source';
        /** The source's exact words, in its own language: a translation never stands in for them. */
        quote: string;
        /** The passage on the source page the edition links to (its own, else the original's)… */
        href: string;
        /** …and on the original's page, which `<q cite>` names. */
        cite: string;
        label: string;
        language: string;
        /** In another edition: our translation of the whole passage the words are quoted from. */
        translation?: string | undefined;
      }
    | { type: 'context'; label: string; citations: Citation[] };
  /** Other reporting of the same event, with its citations. */
  alsoReported: Citation[];
  /** Every context fact the event shows, for the page that lists them. */
  facts: string[];
  respondsTo?: EventLink | undefined;
  respondedToBy: EventLink[];
  /** The long gap before this event, counted among all events and among its own track's. */
  gap: { all?: string | undefined; track?: string | undefined };
}

/**
 * An event in the list, with the events dated more precisely inside its period. An event known only to
 * its month or year is not placed before or after the days of that period, which the evidence does not
 * allow: it holds them instead ("October 2023" holds 7 and 17 October 2023). A figure, a measure over a
 * period rather than something that happened in it, holds nothing.
 */
export interface TimelineNode {
  item: TimelineItem;
  within: TimelineNode[];
}

export interface Timeline {
  /** Every event, in date order. */
  items: TimelineItem[];
  /** The same events as the list shows them, periods holding the days inside them. */
  nodes: TimelineNode[];
  /** How many events each track has, by track id, in the story's order. */
  counts: Record<string, number>;
}

/** What a story's timeline needs of its story: its tracks in order, and its page's address. */
export interface TimelineStory {
  tracks: readonly { id: string; label: string; colour: string }[];
  /** The page with the story's whole timeline; a list showing part of it links there. */
  path: string;
}

/** Part of the timeline, by date: events from `from` to `to`, both included, at any precision. */
export interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
}

const anchorOf = (id: string) => `event-${id}`;

/**
 * A story's events, ordered, with everything a reader sees worked out, in the words of the edition of
 * `lang`. Which events are shown, and in which words (an edition's translated headlines, summaries,
 * date notes and track labels), is the caller's choice (src/data/timeline.ts: never a draft in a build);
 * they are all on the story's tracks. With a range, only its events are listed, and links to events
 * outside it go to the full timeline.
 */
export function buildTimeline(
  events: readonly TimelineEvent[],
  lookups: TimelineLookups,
  story: TimelineStory,
  range: DateRange = {},
  lang: Lang = DEFAULT_LANG,
): Timeline {
  const words = t(lang);
  const published = sortEvents(events);
  const tracks = new Map(story.tracks.map((t, i) => [t.id, { ...t, column: i + 1 }]));
  const byId = new Map(published.map((e) => [e.id, e]));
  const inRange = (e: TimelineEvent) => {
    const date = parsePartialDate(e.date);
    return (
      (range.from === undefined || comparePartialDates(date, parsePartialDate(range.from)) >= 0) &&
      (range.to === undefined || comparePartialDates(date, parsePartialDate(range.to)) <= 0)
    );
  };
  const listed = published.filter(inRange);
  const listedIds = new Set(listed.map((e) => e.id));
  const link = (id: string): EventLink => ({
    href: `${listedIds.has(id) ? '' : story.path}#${anchorOf(id)}`,
    headline: byId.get(id)!.headline,
  });
  const lastOnTrack = new Map<string, TimelineEvent>();
  const counts: Record<string, number> = Object.fromEntries(story.tracks.map((t) => [t.id, 0]));

  const items = listed.map((event, i): TimelineItem => {
    const date = parsePartialDate(event.date);
    const gapFrom = (earlier: TimelineEvent | undefined) =>
      earlier ? gapLabel(lang, parsePartialDate(earlier.date), date) : undefined;
    const gap = { all: gapFrom(listed[i - 1]), track: gapFrom(lastOnTrack.get(event.track)) };
    lastOnTrack.set(event.track, event);
    const track = tracks.get(event.track);
    if (!track) throw new Error(`event "${event.id}": track "${event.track}" is not one of its story's tracks`);
    counts[event.track]!++;

    const p = event.provenance;
    let provenance: TimelineItem['provenance'];
    if (p.type === 'source') {
      const source = lookups.sources.get(p.source)!;
      const kind = words.passageKinds[p.passage.startsWith('s') ? 'sentence' : 'paragraph'];
      provenance = {
        type: 'source',
        quote: p.quote,
        href: passagePath(p.source, p.passage, source.edition?.page ? lang : undefined),
        cite: passagePath(p.source, p.passage),
        label: fill(words.cite.caption, { publisher: source.publisher, kind, number: p.passage.slice(1) }),
        language: source.language,
        translation: source.edition?.passages?.get(p.passage),
      };
    } else {
      const fact = lookups.contextFacts.get(p.fact)!;
      provenance = {
        type: 'context',
        label: fact.after ? words.context.after : words.context.before,
        citations: fact.citations,
      };
    }

    return {
      id: event.id,
      anchor: anchorOf(event.id),
      aliasAnchors: event.aliases.map(anchorOf),
      track: event.track,
      trackLabel: track.label,
      trackColour: track.colour,
      trackColumn: track.column,
      draft: event.draft,
      kind: event.kind,
      actors: event.actors,
      headline: event.headline,
      summary: event.summary,
      date: {
        datetime: partialDateTime(date),
        label: formatCalendarDate(lang, event.date),
        precision: date.precision,
        approximate: event.approximate,
        inferred: event.inferred,
        note: event.dateNote,
      },
      provenance,
      alsoReported: event.alsoReported.flatMap((id) => lookups.contextFacts.get(id)?.citations ?? []),
      facts: factsOf(event),
      respondsTo: event.respondsTo && byId.has(event.respondsTo) ? link(event.respondsTo) : undefined,
      respondedToBy: published.filter((other) => other.respondsTo === event.id).map((other) => link(other.id)),
      gap,
    };
  });
  return { items, nodes: nestPeriods(listed, items), counts };
}

/** Whether `inner` falls inside the period `outer` names and is dated more precisely. */
function holds(outer: PartialDate, inner: PartialDate): boolean {
  const rank = { year: 0, month: 1, day: 2 };
  return (
    rank[inner.precision] > rank[outer.precision] &&
    inner.year === outer.year &&
    (outer.month === undefined || inner.month === outer.month)
  );
}

/** The list as nodes: each event known only to a month or a year holds the more precise events of its period. */
export function nestPeriods(events: readonly TimelineEvent[], items: readonly TimelineItem[]): TimelineNode[] {
  const roots: TimelineNode[] = [];
  const open: { date: PartialDate; node: TimelineNode }[] = [];
  events.forEach((event, i) => {
    const date = parsePartialDate(event.date);
    while (open.length && !holds(open.at(-1)!.date, date)) open.pop();
    const node: TimelineNode = { item: items[i]!, within: [] };
    (open.at(-1)?.node.within ?? roots).push(node);
    if (event.kind !== 'figure' && date.precision !== 'day') open.push({ date, node });
  });
  return roots;
}
