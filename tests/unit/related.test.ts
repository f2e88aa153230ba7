import { describe, expect, it } from 'vitest';
import { relatedArticles, relatedIndex } from '../../src/lib/related';

const article = (id: string, topics: string[], published: string) => ({ id, data: { topics, published } });
const self = article('self', ['a', 'b'], '2025-10-14T00:00:00Z');
const all = [
  self,
  article('one-shared-old', ['a'], '2025-10-01T00:00:00Z'),
  article('one-shared-new', ['b'], '2025-10-20T00:00:00Z'),
  article('two-shared', ['a', 'b', 'c'], '2025-09-01T00:00:00Z'),
  article('none-shared', ['c'], '2025-10-30T00:00:00Z'),
];
// Two fictional stories: "self" and "none-shared" tell the harbour strike, the rest the river treaty.
const stories: Record<string, string> = { self: 'harbour', 'none-shared': 'harbour' };
const storyOf = (id: string) => stories[id] ?? 'river';

describe('relatedArticles', () => {
  it.each([
    [3, ['two-shared', 'one-shared-new', 'one-shared-old']],
    [1, ['two-shared']],
  ])('with no stories, limit %i → %j (most shared topics, then newest; never itself or unrelated)', (limit, ids) => {
    expect(relatedArticles(self, all, () => undefined, limit).map((a) => a.id)).toEqual(ids);
  });

  it.each([
    [3, ['none-shared', 'two-shared', 'one-shared-new']],
    [1, ['none-shared']],
  ])('offers its own story first, even without a shared topic: limit %i → %j', (limit, ids) => {
    expect(relatedArticles(self, all, storyOf, limit).map((a) => a.id)).toEqual(ids);
  });
});

describe('relatedIndex', () => {
  // Three stories, overlapping topics, a topic listed twice, and two articles published at the same time.
  const archive = [
    article('a1', ['x'], '2025-10-01T00:00:00Z'),
    article('a2', ['x', 'y'], '2025-10-02T00:00:00Z'),
    article('a3', ['y'], '2025-10-03T00:00:00Z'),
    article('a4', ['x', 'x'], '2025-10-03T00:00:00Z'),
    article('b1', ['x'], '2025-10-04T00:00:00Z'),
    article('b2', ['z'], '2025-10-05T00:00:00Z'),
    article('b3', ['x', 'y', 'z'], '2025-09-01T00:00:00Z'),
    article('c1', ['y'], '2025-10-06T00:00:00Z'),
    article('c2', ['x'], '2025-10-06T00:00:00Z'),
    article('c3', ['q'], '2025-10-07T00:00:00Z'),
  ];
  const storyOfId = (id: string) => ({ a: 'harbour', b: 'river', c: undefined })[id[0] as 'a' | 'b' | 'c'];

  /** The rule, applied by sorting the whole archive: what the index must answer without doing so. */
  const byRanking = (self: (typeof archive)[number], limit: number) =>
    archive
      .map((other, order) => ({
        other,
        order,
        same: storyOfId(self.id) !== undefined && storyOfId(other.id) === storyOfId(self.id),
        shared: other.data.topics.filter((t) => self.data.topics.includes(t)).length,
        time: Date.parse(other.data.published),
      }))
      .filter((c) => c.other.id !== self.id && (c.same || c.shared > 0))
      .sort((a, b) => Number(b.same) - Number(a.same) || b.shared - a.shared || b.time - a.time || a.order - b.order)
      .slice(0, limit)
      .map((c) => c.other.id);

  it.each(archive.flatMap((a) => [1, 3, 5].map((limit) => [a.id, limit] as const)))(
    'for %s, limit %i, offers what ranking the whole archive offers',
    (id, limit) => {
      const self = archive.find((a) => a.id === id)!;
      expect(relatedIndex(archive, storyOfId, limit)(self).map((a) => a.id)).toEqual(byRanking(self, limit));
    },
  );
});
