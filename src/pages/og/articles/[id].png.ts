/**
 * One link-preview card per published article (/og/articles/<id>.png), drawn once and kept in .cache/og/.
 * A build renders no page here: it draws every card beside the pages and copies them into the site when it
 * ends (src/integrations/early-cards.ts). The dev server draws a card when it is asked for.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../../data/content';
import { articleCard, placeArticleCards } from '../../../data/previews';
import { renderCard } from '../../../lib/og-render';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  if (import.meta.env.PROD) {
    await placeArticleCards(articles);
    return [];
  }
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) => {
  const png = await renderCard(await articleCard(article), article.filePath ?? article.id);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
