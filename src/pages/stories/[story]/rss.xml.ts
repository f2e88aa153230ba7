/** One story's latest articles (FEED_ENTRIES) as RSS 2.0, each in full. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedStories } from '../../../data/content';
import { FEED_TYPES, getFeedEntries, rssXml } from '../../../data/feeds';
import { getStoryIndex, type Story } from '../../../data/stories';
import { storyFeedPath, storyPath } from '../../../lib/paths';
import { SITE_NAME } from '../../../lib/site';

export const getStaticPaths = (async () => {
  return (await getPublishedStories()).map((story) => ({ params: { story: story.id }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = async ({ site, props: { story } }) => {
  const { index } = await getStoryIndex();
  return new Response(
    rssXml(
      {
        title: `${SITE_NAME}: ${story.data.title}`,
        description: story.data.standfirst,
        path: storyFeedPath(story.id),
        home: storyPath(story.id),
        entries: await getFeedEntries(site!, (a) => index.article.get(a.id) === story.id),
      },
      site!,
    ),
    { headers: { 'Content-Type': FEED_TYPES.rss } },
  );
};
