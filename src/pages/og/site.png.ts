/** The card for every page that is not an article. */
import type { APIRoute } from 'astro';
import { SITE_CARD } from '../../data/previews';
import { renderCard } from '../../lib/og-render';

export const GET: APIRoute = async () => {
  const png = await renderCard(SITE_CARD, 'src/data/previews.ts (SITE_CARD)');
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
