/** The Russian edition's feeds (RSS 2.0, Atom, JSON Feed): its translated articles, each in full, in Russian. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hasEdition } from '../../data/edition';
import { atomXml, editionChannel, FEED_TYPES, getEditionFeedEntries, jsonFeed, rssXml } from '../../data/feeds';

// Built only when the edition is published (src/data/edition.ts).
export const getStaticPaths = (() =>
  hasEdition('ru')
    ? ['rss.xml', 'atom.xml', 'feed.json'].map((feed) => ({ params: { feed } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const path = `/ru/${params['feed']}`;
  const channel = editionChannel('ru', await getEditionFeedEntries('ru', site!), path);
  if (params['feed'] === 'rss.xml')
    return new Response(rssXml(channel, site!), { headers: { 'Content-Type': FEED_TYPES.rss } });
  if (params['feed'] === 'atom.xml')
    return new Response(atomXml(channel, site!), { headers: { 'Content-Type': FEED_TYPES.atom } });
  return new Response(JSON.stringify(jsonFeed(channel, site!), null, 2), {
    headers: { 'Content-Type': FEED_TYPES.json },
  });
};
