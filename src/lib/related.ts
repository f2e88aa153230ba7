/** Articles that share the most topics with this one, newest first among equals. */
export function relatedArticles<T extends { id: string; data: { topics: string[]; published: string } }>(
  article: T,
  all: T[],
  limit = 3,
): T[] {
  const topics = new Set(article.data.topics);
  // One pass keeping the best `limit` so far, in order: every article page asks, so sorting the
  // whole archive each time made a build's cost grow faster than the archive.
  const best: { other: T; shared: number; time: number }[] = [];
  for (const other of all) {
    if (other.id === article.id) continue;
    const shared = other.data.topics.filter((t) => topics.has(t)).length;
    if (shared === 0) continue;
    const time = publishedTime(other);
    const at = best.findIndex((b) => shared > b.shared || (shared === b.shared && time > b.time));
    if (at !== -1) best.splice(at, 0, { other, shared, time });
    else if (best.length < limit) best.push({ other, shared, time });
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}

const times = new WeakMap<object, number>();
function publishedTime(article: { data: { published: string } }): number {
  let time = times.get(article);
  if (time === undefined) times.set(article, (time = Date.parse(article.data.published)));
  return time;
}
