/** The whole site as RSS 2.0, every article in full. */
import type { APIRoute } from 'astro';
import { getFeedEntries, rssResponse, siteChannel } from '../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  rssResponse(siteChannel(await getFeedEntries(site!), '/rss.xml'), site!);
