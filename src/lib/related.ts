/**
 * Articles of the same story first, then those of other stories sharing the most topics with this
 * one; newest first among equals. `storyOf` gives an article's story (by id).
 */
export function relatedArticles<T extends { id: string; data: { topics: string[]; published: string } }>(
  article: T,
  all: T[],
  storyOf: (id: string) => string | undefined,
  limit = 3,
): T[] {
  const topics = new Set(article.data.topics);
  const story = storyOf(article.id);
  // One pass keeping the best `limit` so far, in order: every article page asks, so sorting the
  // whole archive each time made a build's cost grow faster than the archive.
  const best: { other: T; same: boolean; shared: number; time: number }[] = [];
  for (const other of all) {
    if (other.id === article.id) continue;
    const same = story !== undefined && storyOf(other.id) === story;
    const shared = other.data.topics.filter((t) => topics.has(t)).length;
    if (!same && shared === 0) continue;
    const time = publishedTime(other);
    const before = (b: (typeof best)[number]) =>
      same !== b.same ? same : shared !== b.shared ? shared > b.shared : time > b.time;
    const at = best.findIndex(before);
    if (at !== -1) best.splice(at, 0, { other, same, shared, time });
    else if (best.length < limit) best.push({ other, same, shared, time });
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
