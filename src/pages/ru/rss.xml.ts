/** The Russian edition as RSS 2.0: its translated articles, each in full, in Russian. */
import type { APIRoute } from 'astro';
import { editionChannel, FEED_TYPES, getEditionFeedEntries, rssXml } from '../../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(rssXml(editionChannel('ru', await getEditionFeedEntries('ru', site!), '/ru/rss.xml'), site!), {
    headers: { 'Content-Type': FEED_TYPES.rss },
  });
