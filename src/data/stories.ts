/**
 * The stories, as pages read them: each story file checked against what exists (every article,
 * source, timeline file and context fact belongs to a story), and which stories are published.
 * Any problem fails the build with every message at once. Pure rules live in src/lib/stories.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { visible } from '../lib/characters';
import type { StoryData } from '../lib/schemas';
import { findComponentRefs } from '../lib/content-checks';
import { indexStories, timelineFileOf, unpublishedItems, type StoryIndex, type StoryInput } from '../lib/stories';

const sourcesCitedIn = (body: string) => findComponentRefs(body).flatMap((r) => r.attributes['source'] ?? []);

/** Typed from the schema: the loader's own schema is not carried into Astro's generated type. */
export type Story = Omit<CollectionEntry<'stories'>, 'data'> & { data: StoryData };

/**
 * `astro dev` shows drafts so an editor can read one before publishing; a build never does. The mode,
 * not `DEV`, decides: `DEV` follows NODE_ENV, and a build run with NODE_ENV=test would publish drafts.
 */
export const SHOW_DRAFTS = import.meta.env.MODE === 'development';

/**
 * What a build publishes, whatever `astro dev` shows: the stories that are not drafts, their articles
 * that are not drafts, and the sources those articles name. Dev previews mark everything else.
 */
export interface Released {
  stories: Set<string>;
  articles: Set<string>;
  sources: Set<string>;
}

let indexed: Promise<{ stories: Story[]; index: StoryIndex; released: Released }> | undefined;

/** Every story, drafts too, with the index of what belongs to which; checked once per build. */
export function getStoryIndex(): Promise<{ stories: Story[]; index: StoryIndex; released: Released }> {
  indexed ??= (async () => {
    const [stories, articles, sources, timeline, context] = await Promise.all([
      getCollection('stories') as Promise<Story[]>,
      getCollection('articles'),
      getCollection('sources'),
      getCollection('timeline'),
      getCollection('context'),
    ]);
    const inputs: StoryInput[] = stories.map((s) => ({
      id: s.id,
      file: s.filePath ?? `content/stories/${s.id}.json`,
      data: s.data,
    }));
    // What is unpublished may belong to no story yet: `npm run ingest` writes drafts before a story takes them in.
    const located = timeline.map((e) => ({ file: e.filePath ?? '', event: e.data }));
    const { index, errors } = indexStories(inputs, {
      articles: articles.map((a) => a.id),
      sources: sources.map((s) => s.id),
      timelineFiles: new Set(located.map((e) => timelineFileOf(e.file))),
      contextFacts: context.map((c) => c.id),
      drafts: unpublishedItems({
        articles: articles.map((a) => ({ id: a.id, draft: a.data.draft })),
        sources: sources.map((s) => s.id),
        namedSources: new Set(
          articles.filter((a) => !a.data.draft).flatMap((a) => [...a.data.sources, ...sourcesCitedIn(a.body ?? '')]),
        ),
        events: located,
      }),
    });
    const keeping = stories.filter((s) => s.data.keepsTimelineAddress);
    if (keeping.length > 1) {
      errors.push(
        `${keeping.map((s) => s.filePath).join(', ')}: keepsTimelineAddress: true in ${keeping.length} stories; expected it in one at most, since /timeline/ can hold one story's timeline`,
      );
    }
    if (errors.length) throw new Error(`Story errors:\n${visible(errors.join('\n'))}`);
    const releasedStories = new Set(stories.filter((s) => !s.data.draft).map((s) => s.id));
    const releasedArticles = articles.filter((a) => !a.data.draft && releasedStories.has(index.article.get(a.id)!));
    const released: Released = {
      stories: releasedStories,
      articles: new Set(releasedArticles.map((a) => a.id)),
      sources: new Set(releasedArticles.flatMap((a) => [...a.data.sources, ...sourcesCitedIn(a.body ?? '')])),
    };
    return { stories, index, released };
  })();
  return indexed;
}

/** Whether readers see the story: never a draft in a build. */
export const isPublished = (story: Story) => !story.data.draft || SHOW_DRAFTS;

/** Every story readers see, in the order of its file name (the home page orders them by date). */
export async function getStories(): Promise<Story[]> {
  return (await getStoryIndex()).stories.filter(isPublished);
}

export async function getStory(id: string): Promise<Story> {
  const story = (await getStoryIndex()).stories.find((s) => s.id === id);
  if (!story) throw new Error(`unknown story "${id}"; expected a file content/stories/${id}.json`);
  return story;
}

/** The story an article belongs to (every article belongs to one; the index checks it). */
export async function storyOfArticle(articleId: string): Promise<Story> {
  const { index } = await getStoryIndex();
  return getStory(index.article.get(articleId)!);
}
