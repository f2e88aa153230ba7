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

describe('relatedArticles', () => {
  it.each([
    [3, ['two-shared', 'one-shared-new', 'one-shared-old']],
    [1, ['two-shared']],
  ])('limit %i → %j (most shared topics, then newest; never itself or unrelated)', (limit, ids) => {
    expect(relatedArticles(self, all, limit).map((a) => a.id)).toEqual(ids);
  });
});
