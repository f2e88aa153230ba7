/**
 * The timeline, as pages read it: every event checked against its source passage or context
 * fact (drafts too, so a candidate is sound before an editor publishes it), then ordered.
 * Any problem fails the build with every message at once.
 */
import { getCollection } from 'astro:content';
import { indexPassages } from '../lib/passages';
import { buildTimeline, checkTimeline, type DateRange, type Timeline, type TimelineLookups } from '../lib/timeline';
import type { TimelineEvent } from '../lib/schemas';
import { getSources, type Source } from './content';

let checked: Promise<{ events: TimelineEvent[]; lookups: TimelineLookups }> | undefined;

/** The published timeline in date order, ready to render: all of it, or the events of a date range. */
export async function getTimeline(range: DateRange = {}): Promise<Timeline> {
  checked ??= loadChecked();
  const { events, lookups } = await checked;
  return buildTimeline(events, lookups, range);
}

async function loadChecked() {
  const [entries, sources, allSources, facts] = await Promise.all([
    getCollection('timeline'),
    getSources(),
    getCollection('sources') as Promise<Source[]>,
    getCollection('context'),
  ]);
  // Candidates are checked against every source, published or not: a story just ingested has draft
  // events quoting a source that only its draft article names. A published event needs a published source.
  const published = new Set(sources.map((s) => s.id));
  const unpublished = entries.flatMap((e) =>
    !e.data.draft && e.data.provenance.type === 'source' && !published.has(e.data.provenance.source)
      ? [
          `${e.filePath ?? 'content/timeline/'}: event "${e.data.id}": provenance.source: source "${e.data.provenance.source}" is not published; expected a source a published article names, or "draft": true`,
        ]
      : [],
  );
  const errors = checkTimeline(
    entries.map((e) => ({ file: e.filePath ?? 'content/timeline/', event: e.data })),
    {
      sources: new Map(
        allSources.map((s) => [s.id, new Map([...indexPassages(s.data.blocks)].map(([id, p]) => [id, p.text]))]),
      ),
      contextFacts: new Map(facts.map((f) => [f.id, { date: f.data.date, track: f.data.track }])),
    },
  );
  errors.push(...unpublished);
  if (errors.length) throw new Error(`Timeline errors:\n${errors.join('\n')}`);
  return {
    events: entries.map((e) => e.data),
    lookups: {
      sources: new Map(sources.map((s) => [s.id, { publisher: s.data.publisher, language: s.data.language }])),
      contextFacts: new Map(facts.map((f) => [f.id, { after: f.data.after, citations: f.data.citations }])),
    },
  };
}
