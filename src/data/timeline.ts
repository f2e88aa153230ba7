/**
 * Each story's timeline, as pages read it: every event checked against its source passage or
 * context fact (drafts too, so a candidate is sound before an editor publishes it) and against its
 * story (its track is one of the story's, its evidence the story's own), then ordered. Any problem
 * fails the build with every message at once.
 */
import { getCollection } from 'astro:content';
import { visible } from '../lib/characters';
import { indexPassages } from '../lib/passages';
import { timelinePath } from '../lib/paths';
import { checkStoryTimelines, eventIsShown, eventsByStory } from '../lib/stories';
import { buildTimeline, type DateRange, type LocatedEvent, type Timeline, type TimelineLookups } from '../lib/timeline';
import { getAllSources } from './content';
import { getStory, getStoryIndex, SHOW_DRAFTS } from './stories';

let checked: Promise<{ byStory: Map<string, LocatedEvent[]>; lookups: TimelineLookups }> | undefined;
// Built once per story and range for the whole build: the story, timeline, context and article pages all ask.
const built = new Map<string, Promise<Timeline>>();

/** A story's timeline in date order, ready to render: all of it, or the events of a date range. */
export function getTimeline(storyId: string, range: DateRange = {}): Promise<Timeline> {
  checked ??= loadChecked();
  const key = `${storyId} ${range.from ?? ''}..${range.to ?? ''}`;
  let timeline = built.get(key);
  if (!timeline) built.set(key, (timeline = build(storyId, range)));
  return timeline;
}

async function build(storyId: string, range: DateRange): Promise<Timeline> {
  const [{ byStory, lookups }, story, { released }] = await Promise.all([checked!, getStory(storyId), getStoryIndex()]);
  const events = (byStory.get(storyId) ?? []).map(({ event }) => ({
    event,
    published: eventIsShown(
      { draft: event.draft, source: sourceOf(event) },
      released.stories.has(storyId),
      released.sources,
    ),
  }));
  // Under `astro dev` an editor previews the rest too, each marked as not published (`draft` on the page).
  const shown = events
    .filter(({ published }) => published || SHOW_DRAFTS)
    .map(({ event, published }) => ({ ...event, draft: !published }));
  return buildTimeline(shown, lookups, { tracks: story.data.tracks, path: timelinePath(storyId) }, range);
}

const sourceOf = (event: LocatedEvent['event']) =>
  event.provenance.type === 'source' ? event.provenance.source : undefined;

async function loadChecked() {
  const [entries, sources, facts, { stories, index }] = await Promise.all([
    getCollection('timeline'),
    // Draft events (ingest candidates) may quote a source that only drafts name: check them against every source.
    getAllSources(),
    getCollection('context'),
    getStoryIndex(),
  ]);
  const located = entries.map((e) => ({ file: e.filePath ?? 'content/timeline/', event: e.data }));
  const passages = new Map(
    sources.map((s) => [s.id, new Map([...indexPassages(s.data.blocks)].map(([id, p]) => [id, p.text]))]),
  );
  const errors = checkStoryTimelines(
    stories.map((s) => ({ id: s.id, file: s.filePath ?? `content/stories/${s.id}.json`, data: s.data })),
    located,
    index,
    { sources: passages, contextFacts: new Map(facts.map((f) => [f.id, { date: f.data.date, track: f.data.track }])) },
  );
  const byStory = eventsByStory(located, index);
  if (errors.length) throw new Error(`Timeline errors:\n${visible(errors.join('\n'))}`);
  return {
    byStory,
    lookups: {
      sources: new Map(sources.map((s) => [s.id, { publisher: s.data.publisher, language: s.data.language }])),
      contextFacts: new Map(facts.map((f) => [f.id, { after: f.data.after, citations: f.data.citations }])),
    },
  };
}
