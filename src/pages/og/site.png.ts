/** The card for every page of the first edition that is not an article. */
import type { APIRoute } from 'astro';
import { siteCard } from '../../data/previews';
import { renderCard } from '../../lib/og-render';

export const GET: APIRoute = async () => {
  const png = await renderCard(siteCard(), 'src/data/previews.ts (siteCard)');
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
