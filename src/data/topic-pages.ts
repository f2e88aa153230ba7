/**
 * The pages of every topic an edition has: its articles (as their originals, which ArticleCard takes),
 * newest first, LIST_PAGE_SIZE a page: /topics/<id>/, then /topics/<id>/2/… (under the edition's prefix).
 * Both editions' topic routes take their paths from here, so they paginate alike.
 */
import type { PaginateFunction } from 'astro';
import type { Lang } from '../lib/editions';
import { LIST_PAGE_SIZE } from '../lib/pagination';
import { getTopics } from './content';
import { getTopicText } from './edition';
import { getPublishedArticles } from './edition-pages';
import { withPageCacheKey } from './page-cache-key';

export async function topicPaths(lang: Lang, paginate: PaginateFunction) {
  const [topics, articles] = await Promise.all([getTopics(), getPublishedArticles(lang)]);
  return withPageCacheKey(
    topics.flatMap((topic) => {
      const text = getTopicText(lang, topic);
      if (!text) return [];
      return paginate(
        articles.filter((a) => a.data.topics.includes(topic.id)),
        { params: { id: topic.id }, props: { topic, text }, pageSize: LIST_PAGE_SIZE },
      );
    }),
  );
}
