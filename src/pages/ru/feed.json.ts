/** The Russian edition as JSON Feed: its translated articles, each in full, in Russian. */
import type { APIRoute } from 'astro';
import { editionChannel, FEED_TYPES, getEditionFeedEntries, jsonFeed } from '../../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify(
      jsonFeed(editionChannel('ru', await getEditionFeedEntries('ru', site!), '/ru/feed.json'), site!),
      null,
      2,
    ),
    { headers: { 'Content-Type': FEED_TYPES.json } },
  );
