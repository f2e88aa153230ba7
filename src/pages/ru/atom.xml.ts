/** The Russian edition as Atom: its translated articles, each in full, in Russian. */
import type { APIRoute } from 'astro';
import { atomXml, editionChannel, FEED_TYPES, getEditionFeedEntries } from '../../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomXml(editionChannel('ru', await getEditionFeedEntries('ru', site!), '/ru/atom.xml'), site!), {
    headers: { 'Content-Type': FEED_TYPES.atom },
  });
