/**
 * Each story's timeline, as pages read it: every event checked against its source passage or
 * context fact (drafts too, so a candidate is sound before an editor publishes it) and against its
 * story (its track is one of the story's, its evidence the story's own), then ordered. Any problem
 * fails the build with every message at once. Another edition's timeline is the same events in its
 * translation (content/translations/<lang>/): an event it shows without one fails the build, naming it.
 */
import { getCollection } from 'astro:content';
import { visible } from '../lib/characters';
import { DEFAULT_LANG, type Lang } from '../lib/editions';
import { indexPassages } from '../lib/passages';
import { sourcePath, timelinePath } from '../lib/paths';
import { checkStoryTimelines, eventIsShown, eventsByStory } from '../lib/stories';
import { buildTimeline, type DateRange, type LocatedEvent, type Timeline, type TimelineLookups } from '../lib/timeline';
import type { TimelineEvent } from '../lib/schemas';
import { getAllSources } from './content';
import { getEditionContent, getStoryText, publisherIn } from './edition';
import { pageEditions } from './edition-pages';
import { getStory, getStoryIndex, SHOW_DRAFTS } from './stories';

let checked: Promise<{ byStory: Map<string, LocatedEvent[]>; lookups: TimelineLookups }> | undefined;
// Built once per story, range and edition for the whole build: the story, timeline, context and article pages all ask.
const built = new Map<string, Promise<Timeline>>();

/**
 * A story's timeline in date order, ready to render: all of it, or the events of a date range, in the
 * words of the edition of `lang` (the first edition's by default).
 */
export function getTimeline(storyId: string, range: DateRange = {}, lang: Lang = DEFAULT_LANG): Promise<Timeline> {
  checked ??= loadChecked();
  const key = `${lang} ${storyId} ${range.from ?? ''}..${range.to ?? ''}`;
  let timeline = built.get(key);
  if (!timeline) built.set(key, (timeline = build(storyId, range, lang)));
  return timeline;
}

async function build(storyId: string, range: DateRange, lang: Lang): Promise<Timeline> {
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
  const text = getStoryText(lang, story);
  if (!text) {
    throw new Error(
      `content/translations/${lang}/stories.json: stories: no translation of story "${storyId}"; expected one for its ${lang} timeline`,
    );
  }
  const path = timelinePath(storyId, undefined, lang);
  if (lang === DEFAULT_LANG) return buildTimeline(shown, lookups, { tracks: text.tracks, path }, range, lang);
  const edition = await inEdition(lang, shown, lookups);
  return buildTimeline(edition.events, edition.lookups, { tracks: text.tracks, path }, range, lang);
}

/**
 * The events in an edition's words, and what it shows of their sources: publishers as it writes them, our
 * translation of each passage, its own source pages where it has them. A published event must have its
 * translation (src/lib/edition-content.ts checks that too); a draft without one is left out of a preview.
 */
async function inEdition(
  lang: Lang,
  events: readonly TimelineEvent[],
  lookups: TimelineLookups,
): Promise<{ events: TimelineEvent[]; lookups: TimelineLookups }> {
  const content = getEditionContent(lang);
  const file = `content/translations/${lang}/timeline.json`;
  const translated = events.flatMap((event) => {
    const words = content.events.get(event.id);
    if (!words && event.draft) return [];
    if (!words) {
      throw new Error(
        `${file}: events: no translation of event "${event.id}" (content/timeline/); expected its headline and summary${event.dateNote ? ' and dateNote' : ''}, since the ${lang} timeline shows it`,
      );
    }
    if (event.dateNote !== undefined && words.dateNote === undefined) {
      throw new Error(
        `${file}: events.${event.id}.dateNote: missing; expected our translation of the event's date note, "${event.dateNote}"`,
      );
    }
    return [{ ...event, headline: words.headline, summary: words.summary, dateNote: words.dateNote }];
  });
  const sources = new Map(
    await Promise.all(
      [...lookups.sources].map(async ([id, source]) => {
        const passages = content.passages.get(id);
        const edition = {
          passages: passages && new Map([...passages].map(([passage, p]) => [passage, p.translation])),
          page: (await pageEditions(sourcePath(id))).includes(lang),
        };
        return [id, { ...source, publisher: publisherIn(lang, source.publisher), edition }] as const;
      }),
    ),
  );
  return { events: translated, lookups: { ...lookups, sources } };
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
