/** The whole site as Atom, every article in full. */
import type { APIRoute } from 'astro';
import { atomXml, getFeedEntries, siteChannel } from '../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomXml(siteChannel(await getFeedEntries(site!), '/atom.xml'), site!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
