/**
 * One link-preview card per article of each translated edition, in its words (/og/ru/articles/<id>.png).
 * A build copies them into the site when it ends, as it does the first edition's (../../articles/[id].png.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../../data/content';
import { hasEdition } from '../../../../data/edition';
import { getEditionArticles } from '../../../../data/edition-pages';
import { articleCard, articleCardFile, placeArticleCards } from '../../../../data/previews';
import { TRANSLATED_EDITIONS, type Lang } from '../../../../lib/editions';
import { renderCard } from '../../../../lib/og-render';

export const getStaticPaths = (async () => {
  const editions = TRANSLATED_EDITIONS.filter(({ lang }) => hasEdition(lang));
  const paths = await Promise.all(
    editions.map(async ({ lang }) => {
      const articles = (await getEditionArticles(lang)).map((a) => a.original);
      if (import.meta.env.PROD) {
        await placeArticleCards(articles, lang);
        return [];
      }
      return articles.map((article) => ({ params: { lang, id: article.id }, props: { article, lang } }));
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; lang: Lang }> = async ({ props: { article, lang } }) => {
  const png = await renderCard(await articleCard(article, lang), await articleCardFile(article, lang));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
