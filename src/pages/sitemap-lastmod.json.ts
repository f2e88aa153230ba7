/**
 * When each dated page last changed, for the sitemap (see src/integrations/sitemap-lastmod.ts, which reads
 * this file after the build and removes it: it is never part of the site).
 */
import type { APIRoute } from 'astro';
import { getArticles } from '../data/content';
import { lastModified } from '../lib/lastmod';

export const GET: APIRoute = async () => {
  const dates = lastModified(
    (await getArticles()).map((a) => ({
      id: a.id,
      published: a.data.published,
      updated: a.data.updated,
      topics: a.data.topics,
      draft: a.data.draft,
    })),
  );
  return new Response(JSON.stringify(Object.fromEntries(dates)), { headers: { 'Content-Type': 'application/json' } });
};
