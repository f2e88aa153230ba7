/**
 * The timeline, as pages read it: every event checked against its source passage or context
 * fact (drafts too, so a candidate is sound before an editor publishes it), then ordered.
 * Any problem fails the build with every message at once.
 */
import { getCollection } from 'astro:content';
import { visible } from '../lib/characters';
import { indexPassages } from '../lib/passages';
import { buildTimeline, checkTimeline, type DateRange, type Timeline, type TimelineLookups } from '../lib/timeline';
import type { TimelineEvent } from '../lib/schemas';
import { getAllSources } from './content';

let checked: Promise<{ events: TimelineEvent[]; lookups: TimelineLookups }> | undefined;
// Built once per range for the whole build: every article that embeds it asks again, and so do the home and timeline pages.
const built = new Map<string, Promise<Timeline>>();

/** The published timeline in date order, ready to render: all of it, or the events of a date range. */
export function getTimeline(range: DateRange = {}): Promise<Timeline> {
  checked ??= loadChecked();
  const key = `${range.from ?? ''}..${range.to ?? ''}`;
  let timeline = built.get(key);
  if (!timeline)
    built.set(key, (timeline = checked.then(({ events, lookups }) => buildTimeline(events, lookups, range))));
  return timeline;
}

async function loadChecked() {
  const [entries, sources, facts] = await Promise.all([
    getCollection('timeline'),
    // Draft events (ingest candidates) may quote a source that only drafts name: check them against every source.
    getAllSources(),
    getCollection('context'),
  ]);
  const errors = checkTimeline(
    entries.map((e) => ({ file: e.filePath ?? 'content/timeline/', event: e.data })),
    {
      sources: new Map(
        sources.map((s) => [s.id, new Map([...indexPassages(s.data.blocks)].map(([id, p]) => [id, p.text]))]),
      ),
      contextFacts: new Map(facts.map((f) => [f.id, { date: f.data.date, track: f.data.track }])),
    },
  );
  if (errors.length) throw new Error(`Timeline errors:\n${visible(errors.join('\n'))}`);
  return {
    events: entries.map((e) => e.data),
    lookups: {
      sources: new Map(sources.map((s) => [s.id, { publisher: s.data.publisher, language: s.data.language }])),
      contextFacts: new Map(facts.map((f) => [f.id, { after: f.data.after, citations: f.data.citations }])),
    },
  };
}
