/**
 * Stories as content: which story each article, source, timeline file and context fact belongs to,
 * the rules that membership must keep, and what of a story may be published. Pure: the stories and
 * the ids that exist in, an index and messages out (each naming the file and the field).
 */
import type { StoryData } from './schemas.ts';
import { checkTimeline, factsOf, type LocatedEvent } from './timeline.ts';

export interface StoryInput {
  id: string;
  /** content/stories/<id>.json, for messages. */
  file: string;
  data: StoryData;
}

/** What exists in the content folders, to check the stories' lists against. */
export interface Existing {
  articles: Iterable<string>;
  sources: Iterable<string>;
  timelineFiles: Iterable<string>;
  contextFacts: Iterable<string>;
  /**
   * What is unpublished and may therefore belong to no story yet: a draft article, a source no
   * published article names, a timeline file of draft candidates. `npm run ingest` writes these; an
   * editor lists them in a story when the story takes them in.
   */
  drafts?: { articles?: Iterable<string>; sources?: Iterable<string>; timelineFiles?: Iterable<string> };
}

/** Which story each item belongs to. A source may serve several stories; everything else belongs to one. */
export interface StoryIndex {
  article: Map<string, string>;
  source: Map<string, string[]>;
  timelineFile: Map<string, string>;
  fact: Map<string, string>;
}

const WHERE = {
  articles: { folder: 'content/articles/', what: 'article', file: (id: string) => `content/articles/${id}.mdx` },
  sources: { folder: 'content/sources/', what: 'source', file: (id: string) => `content/sources/${id}.json` },
  timeline: { folder: 'content/timeline/', what: 'timeline file', file: (id: string) => `content/timeline/${id}.json` },
  context: {
    folder: 'content/context/facts.json',
    what: 'context fact',
    file: (id: string) => `content/context/facts.json: fact "${id}"`,
  },
} as const;

type Field = keyof typeof WHERE;

/** The index of every story's members, and every reason it does not hold. */
export function indexStories(
  stories: readonly StoryInput[],
  existing: Existing,
): { index: StoryIndex; errors: string[] } {
  const errors: string[] = [];
  const index: StoryIndex = { article: new Map(), source: new Map(), timelineFile: new Map(), fact: new Map() };
  const known: Record<Field, Set<string>> = {
    articles: new Set(existing.articles),
    sources: new Set(existing.sources),
    timeline: new Set(existing.timelineFiles),
    context: new Set(existing.contextFacts),
  };
  const single: Record<Exclude<Field, 'sources'>, Map<string, string>> = {
    articles: index.article,
    timeline: index.timelineFile,
    context: index.fact,
  };
  const fileOf = new Map(stories.map((s) => [s.id, s.file]));
  for (const story of stories) {
    for (const field of Object.keys(WHERE) as Field[]) {
      story.data[field].forEach((id, i) => {
        const where = WHERE[field];
        if (!known[field].has(id)) {
          errors.push(
            `${story.file}: ${field}[${i}]: no ${where.what} "${id}" in ${where.folder}; expected the id of one that exists`,
          );
          return;
        }
        if (field === 'sources') {
          index.source.set(id, [...(index.source.get(id) ?? []), story.id]);
          return;
        }
        const earlier = single[field].get(id);
        if (earlier !== undefined) {
          errors.push(
            `${story.file}: ${field}[${i}]: "${id}" already belongs to the story in ${fileOf.get(earlier)}; expected each ${where.what} in one story`,
          );
          return;
        }
        single[field].set(id, story.id);
      });
    }
  }
  const unlistedAllowed: Record<Field, Set<string>> = {
    articles: new Set(existing.drafts?.articles),
    sources: new Set(existing.drafts?.sources),
    timeline: new Set(existing.drafts?.timelineFiles),
    context: new Set(),
  };
  for (const field of Object.keys(WHERE) as Field[]) {
    const listed = field === 'sources' ? index.source : single[field];
    for (const id of known[field]) {
      if (!listed.has(id) && !unlistedAllowed[field].has(id)) {
        errors.push(
          `${WHERE[field].file(id)}: belongs to no story; expected its id in the "${field}" of a story in content/stories/`,
        );
      }
    }
  }
  return { index, errors };
}

/** What a timeline event needs for it to be shown or checked against its story. */
export interface EventMembership {
  file: string;
  id: string;
  track: string;
  /** The source it quotes, when it quotes one. */
  source?: string | undefined;
  /** The context facts it shows. */
  facts: string[];
}

/**
 * An event's place in its story: its track is one of the story's, and the source and facts it cites
 * belong to the story too, so no story's timeline shows another's evidence.
 */
export function checkEventMembership(
  event: EventMembership,
  story: StoryInput | undefined,
  index: StoryIndex,
): string[] {
  if (!story) return []; // the timeline file itself is reported as belonging to no story
  const at = `${event.file}: event "${event.id}"`;
  const errors: string[] = [];
  const tracks = story.data.tracks.map((t) => t.id);
  if (!tracks.includes(event.track)) {
    errors.push(
      `${at}: track: "${event.track}" is not a track of the story in ${story.file}; expected one of ${tracks.map((t) => `"${t}"`).join(', ')}`,
    );
  }
  if (event.source !== undefined && !(index.source.get(event.source) ?? []).includes(story.id)) {
    errors.push(
      `${at}: provenance.source: "${event.source}" is not a source of the story in ${story.file}; expected one of its "sources"`,
    );
  }
  for (const fact of event.facts) {
    const owner = index.fact.get(fact);
    if (owner !== undefined && owner !== story.id) {
      errors.push(
        `${at}: the context fact "${fact}" belongs to another story (${owner}); expected a fact listed in the "context" of ${story.file}`,
      );
    }
  }
  return errors;
}

/**
 * Whether an event is shown: never a draft, and never when its story or a source it quotes is not
 * published, whatever the event's own `draft` says (an editor may publish the events of a report
 * before its article).
 */
export function eventIsShown(
  event: { draft: boolean; source?: string | undefined },
  storyPublished: boolean,
  publishedSources: ReadonlySet<string>,
): boolean {
  return !event.draft && storyPublished && (event.source === undefined || publishedSources.has(event.source));
}

/** A timeline file's name, as stories list it: content/timeline/events.json → "events". */
export const timelineFileOf = (filePath: string) =>
  filePath
    .split('/')
    .at(-1)!
    .replace(/\.json$/, '');

/** Every event, by the story whose timeline file holds it. Events of a file in no story (ingest drafts) are left out. */
export function eventsByStory(events: readonly LocatedEvent[], index: StoryIndex): Map<string, LocatedEvent[]> {
  const byStory = new Map<string, LocatedEvent[]>();
  for (const event of events) {
    const story = index.timelineFile.get(timelineFileOf(event.file));
    if (story) byStory.set(story, [...(byStory.get(story) ?? []), event]);
  }
  return byStory;
}

/**
 * Each story's timeline checked on its own (the build's src/data/timeline.ts and `npm run check:content`
 * both run this): its events against their evidence, every context fact of the story on the story's
 * timeline, every event on one of the story's tracks and citing only the story's sources and facts,
 * every fact of the story on one of its tracks.
 */
export function checkStoryTimelines(
  stories: readonly StoryInput[],
  events: readonly LocatedEvent[],
  index: StoryIndex,
  known: { sources: Map<string, Map<string, string>>; contextFacts: Map<string, { date: string; track: string }> },
): string[] {
  const byStory = eventsByStory(events, index);
  // Events in no story (ingest drafts, or a story file that did not load) are still checked against their evidence.
  const owned = new Set([...byStory.values()].flat());
  const errors: string[] = checkTimeline(
    events.filter((e) => !owned.has(e)),
    known,
    { everyFactShown: false },
  );
  for (const story of stories) {
    const own = byStory.get(story.id) ?? [];
    const facts = new Map([...known.contextFacts].filter(([id]) => story.data.context.includes(id)));
    errors.push(...checkTimeline(own, { sources: known.sources, contextFacts: facts }));
    for (const { file, event } of own) {
      const source = event.provenance.type === 'source' ? event.provenance.source : undefined;
      errors.push(
        ...checkEventMembership(
          { file, id: event.id, track: event.track, source, facts: factsOf(event) },
          story,
          index,
        ),
      );
    }
    const tracks = story.data.tracks.map((t) => t.id);
    for (const [id, fact] of facts) {
      if (!tracks.includes(fact.track)) {
        errors.push(
          `content/context/facts.json: fact "${id}": track: "${fact.track}" is not a track of ${story.file}; expected one of ${tracks.map((t) => `"${t}"`).join(', ')}`,
        );
      }
    }
  }
  return [...new Set(errors)];
}

/**
 * What may belong to no story yet because a build would not publish it: draft articles, sources no
 * published article names, timeline files holding only drafts (what `npm run ingest` writes).
 */
export function unpublishedItems(input: {
  articles: readonly { id: string; draft: boolean }[];
  sources: readonly string[];
  /** Sources a published article names. */
  namedSources: ReadonlySet<string>;
  events: readonly { file: string; event: { draft: boolean } }[];
}): NonNullable<Existing['drafts']> {
  const files = new Set(input.events.map((e) => timelineFileOf(e.file)));
  return {
    articles: input.articles.filter((a) => a.draft).map((a) => a.id),
    sources: input.sources.filter((id) => !input.namedSources.has(id)),
    timelineFiles: [...files].filter((f) => input.events.every((e) => timelineFileOf(e.file) !== f || e.event.draft)),
  };
}
