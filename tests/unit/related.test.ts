import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../src/lib/related';

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
