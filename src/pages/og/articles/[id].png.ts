/** One link-preview card per published article, drawn at build time (cached in .cache/og/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../../data/content';
import { articleCard, startCards } from '../../../data/previews';
import { renderCard } from '../../../lib/og-render';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  // Every card is started now, before the pages render, and drawn beside them by the card workers.
  await startCards(articles);
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) => {
  const png = await renderCard(await articleCard(article), article.filePath ?? article.id);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
