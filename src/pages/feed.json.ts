/** The whole site as JSON Feed 1.1, every article in full. */
import type { APIRoute } from 'astro';
import { getFeedEntries, jsonFeed, siteChannel } from '../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(jsonFeed(siteChannel(await getFeedEntries(site!), '/feed.json'), site!), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
