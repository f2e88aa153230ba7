/** The whole site as Atom: the latest articles (FEED_ENTRIES), each in full. */
import type { APIRoute } from 'astro';
import { atomXml, FEED_TYPES, getFeedEntries, siteChannel } from '../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomXml(siteChannel(await getFeedEntries(site!), '/atom.xml'), site!), {
    headers: { 'Content-Type': FEED_TYPES.atom },
  });
