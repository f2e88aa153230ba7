/** The whole site as JSON Feed 1.1: the latest articles (FEED_ENTRIES), each in full. */
import type { APIRoute } from 'astro';
import { FEED_TYPES, getFeedEntries, jsonFeed, siteChannel } from '../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(jsonFeed(siteChannel(await getFeedEntries(site!), '/feed.json'), site!), null, 2), {
    headers: { 'Content-Type': FEED_TYPES.json },
  });
