/** A topic of the Russian edition as RSS 2.0: its latest translated articles (FEED_ENTRIES), each in full, in Russian. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTopics } from '../../../../data/content';
import { getTopicText, hasEdition } from '../../../../data/edition';
import { FEED_TYPES, getEditionFeedEntries, rssXml, topicChannel } from '../../../../data/feeds';

// Built only when the edition is published (src/data/edition.ts), for each topic it has translated.
export const getStaticPaths = (async () => {
  if (!hasEdition('ru')) return [];
  return (await getTopics()).flatMap((topic) => {
    const text = getTopicText('ru', topic);
    return text ? [{ params: { id: topic.id }, props: { topic: { id: topic.id, ...text } } }] : [];
  });
}) satisfies GetStaticPaths;

interface Props {
  topic: { id: string; name: string; description: string };
}

export const GET: APIRoute<Props> = async ({ site, props: { topic } }) => {
  const entries = await getEditionFeedEntries('ru', site!, (a) => a.entry.data.topics.includes(topic.id));
  return new Response(rssXml(await topicChannel('ru', topic, entries), site!), {
    headers: { 'Content-Type': FEED_TYPES.rss },
  });
};
