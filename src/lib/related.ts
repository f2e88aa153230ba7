/**
 * Articles of the same story first, then those of other stories sharing the most topics with this
 * one; newest first among equals, then in the order of `all`. `storyOf` gives an article's story (by id).
 */
export function relatedArticles<T extends RelatedCandidate>(
  article: T,
  all: readonly T[],
  storyOf: (id: string) => string | undefined,
  limit = 3,
): T[] {
  return relatedIndex(all, storyOf, limit)(article);
}

export interface RelatedCandidate {
  id: string;
  data: { topics: string[]; published: string };
}

interface Group<T> {
  story: string | undefined;
  /** As the members list them, sorted: a topic listed twice counts twice, as it always has. */
  topics: string[];
  /** Newest first, ties in the order of `all`. */
  members: { article: T; time: number; order: number }[];
}

/**
 * `relatedArticles` for every article of `all`, from one index built once: every article page asks,
 * and scanning the whole archive on each made a build's cost grow with the square of its size. Articles
 * are grouped by story and set of topics (every member of a group ranks the same against any article
 * but for its date), so an answer looks at the newest few of each group rather than at every article.
 */
export function relatedIndex<T extends RelatedCandidate>(
  all: readonly T[],
  storyOf: (id: string) => string | undefined,
  limit = 3,
): (article: T) => T[] {
  const groups = new Map<string, Group<T>>();
  all.forEach((article, order) => {
    const story = storyOf(article.id);
    const topics = [...article.data.topics].sort();
    const key = JSON.stringify([story ?? null, topics]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { story, topics, members: [] }));
    group.members.push({ article, time: Date.parse(article.data.published), order });
  });
  for (const group of groups.values()) group.members.sort((a, b) => b.time - a.time || a.order - b.order);

  return (article) => {
    const topics = new Set(article.data.topics);
    const story = storyOf(article.id);
    const candidates: { article: T; same: boolean; shared: number; time: number; order: number }[] = [];
    for (const group of groups.values()) {
      const same = story !== undefined && group.story === story;
      let shared = 0;
      for (const t of group.topics) if (topics.has(t)) shared++;
      if (!same && shared === 0) continue;
      // The group's newest `limit`, itself left out: no other member can rank above them.
      let taken = 0;
      for (const member of group.members) {
        if (taken === limit) break;
        if (member.article.id === article.id) continue;
        candidates.push({ ...member, same, shared });
        taken++;
      }
    }
    candidates.sort(
      (a, b) => Number(b.same) - Number(a.same) || b.shared - a.shared || b.time - a.time || a.order - b.order,
    );
    return candidates.slice(0, limit).map((c) => c.article);
  };
}
