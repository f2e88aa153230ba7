/** Articles that share the most topics with this one, newest first among equals. */
export function relatedArticles<T extends { id: string; data: { topics: string[]; published: string } }>(
  article: T,
  all: T[],
  limit = 3,
): T[] {
  const topics = new Set(article.data.topics);
  return all
    .filter((other) => other.id !== article.id)
    .map((other) => ({ other, shared: other.data.topics.filter((t) => topics.has(t)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || Date.parse(b.other.data.published) - Date.parse(a.other.data.published))
    .slice(0, limit)
    .map(({ other }) => other);
}
