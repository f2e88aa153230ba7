/**
 * A story's page in each edition: the published stories the edition has translated, each with its words,
 * the article it leads with and the rest of its articles, those the edition publishes (in the first
 * edition every one; in another its translations, shown through their originals as ArticleCard takes them).
 */
import type { PaginateFunction } from 'astro';
import { DEFAULT_LANG, type Lang } from '../lib/editions';
import { LIST_PAGE_SIZE } from '../lib/pagination';
import { getPublishedStories, getStoryContent, type Article } from './content';
import { getStoryText, hasEdition, type StoryText } from './edition';
import { getEditionArticle } from './edition-pages';
import { withPageCacheKey } from './page-cache-key';
import type { Story } from './stories';
import { timelinePath } from '../lib/paths';

export interface StoryInEdition {
  story: Story;
  /** The story's words in the edition. */
  text: StoryText;
  /** The story's lead article where the edition has it, else its first article there; none where it has none. */
  lead: Article | undefined;
  /** Its other articles in the edition, newest first. */
  rest: Article[];
}

/** The stories whose page an edition builds, in the order of the published stories. */
export async function getEditionStories(lang: Lang): Promise<StoryInEdition[]> {
  if (lang !== DEFAULT_LANG && !hasEdition(lang)) return [];
  const stories = await Promise.all(
    (await getPublishedStories()).map(async (story): Promise<StoryInEdition[]> => {
      const text = getStoryText(lang, story);
      if (!text) return [];
      const { articles } = await getStoryContent(story.id);
      const held =
        lang === DEFAULT_LANG
          ? articles
          : (await Promise.all(articles.map(async (a) => ((await getEditionArticle(lang, a.id)) ? [a] : [])))).flat();
      const lead = held.find((a) => a.id === story.data.lead) ?? held[0];
      return [{ story, text, lead, rest: held.filter((a) => a !== lead) }];
    }),
  );
  return stories.flat();
}

/**
 * The routes of an edition's story pages: /stories/<id>/ with the story's lead and first LIST_PAGE_SIZE other
 * articles, then /stories/<id>/2/… for the rest. Empty for an edition that is not published.
 */
export async function storyPagePaths(lang: Lang, paginate: PaginateFunction) {
  return withPageCacheKey(
    (await getEditionStories(lang)).flatMap((story) =>
      paginate(story.rest, { params: { story: story.story.id }, props: { story }, pageSize: LIST_PAGE_SIZE }),
    ),
  );
}

/**
 * The timeline the header offers in an edition: that of the story with the edition's newest article (the
 * story the home page opens with), at its own address; undefined where the edition has no story.
 */
export async function latestTimelinePath(lang: Lang): Promise<string | undefined> {
  const newest = ({ lead, rest }: StoryInEdition) =>
    [lead, ...rest].reduce((latest, a) => (a && a.data.published > latest ? a.data.published : latest), '');
  const [story] = (await getEditionStories(lang)).toSorted((a, b) => newest(b).localeCompare(newest(a)));
  return story && timelinePath(story.story.id, undefined, lang);
}
