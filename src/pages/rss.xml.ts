/** The whole site as RSS 2.0: the latest articles (FEED_ENTRIES), each in full. */
import type { APIRoute } from 'astro';
import { FEED_TYPES, getFeedEntries, rssXml, siteChannel } from '../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(rssXml(siteChannel(await getFeedEntries(site!), '/rss.xml'), site!), {
    headers: { 'Content-Type': FEED_TYPES.rss },
  });
