/** The card of a translated edition's pages that are not articles (/og/ru/site.png). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hasEdition } from '../../../data/edition';
import { siteCard } from '../../../data/previews';
import { TRANSLATED_EDITIONS, type Lang } from '../../../lib/editions';
import { renderCard } from '../../../lib/og-render';

export const getStaticPaths = (() =>
  TRANSLATED_EDITIONS.filter(({ lang }) => hasEdition(lang)).map(({ lang }) => ({
    params: { lang },
    props: { lang },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props: { lang } }) => {
  const png = await renderCard(siteCard(lang), `src/data/previews.ts (siteCard("${lang}"))`);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
