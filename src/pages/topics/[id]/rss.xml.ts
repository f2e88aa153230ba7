/** One topic's latest articles (FEED_ENTRIES) as RSS 2.0, each in full. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTopics, type Topic } from '../../../data/content';
import { FEED_TYPES, getFeedEntries, rssXml } from '../../../data/feeds';
import { topicFeedPath, topicPath } from '../../../lib/paths';

export const getStaticPaths = (async () =>
  (await getTopics()).map((topic) => ({ params: { id: topic.id }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic }> = async ({ site, props: { topic } }) =>
  new Response(
    rssXml(
      {
        title: `Multivector: ${topic.data.name}`,
        description: topic.data.description,
        path: topicFeedPath(topic.id),
        home: topicPath(topic.id),
        entries: await getFeedEntries(site!, (a) => a.data.topics.includes(topic.id)),
      },
      site!,
    ),
    { headers: { 'Content-Type': FEED_TYPES.rss } },
  );
