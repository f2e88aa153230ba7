/** A story of the Russian edition as RSS 2.0: its latest translated articles (FEED_ENTRIES), each in full, in Russian. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedStories } from '../../../../data/content';
import { getStoryText, hasEdition } from '../../../../data/edition';
import { FEED_TYPES, getEditionFeedEntries, rssXml, storyChannel } from '../../../../data/feeds';
import { getStoryIndex } from '../../../../data/stories';

// Built only when the edition is published (src/data/edition.ts), for each story it has translated.
export const getStaticPaths = (async () => {
  if (!hasEdition('ru')) return [];
  return (await getPublishedStories()).flatMap((story) => {
    const text = getStoryText('ru', story);
    return text ? [{ params: { story: story.id }, props: { story: { id: story.id, ...text } } }] : [];
  });
}) satisfies GetStaticPaths;

interface Props {
  story: { id: string; title: string; standfirst: string };
}

export const GET: APIRoute<Props> = async ({ site, props: { story } }) => {
  const { index } = await getStoryIndex();
  const entries = await getEditionFeedEntries('ru', site!, (a) => index.article.get(a.id) === story.id);
  return new Response(rssXml(await storyChannel('ru', story, entries), site!), {
    headers: { 'Content-Type': FEED_TYPES.rss },
  });
};
