import { describe, expect, it } from 'vitest';
import { lastModified } from '../../src/lib/lastmod';

const dates = lastModified([
  { id: 'old', published: '2026-01-01T09:00:00+00:00', topics: ['a'] },
  { id: 'updated', published: '2026-01-02T09:00:00+00:00', updated: '2026-03-01T09:00:00+05:00', topics: ['a', 'b'] },
  { id: 'draft', published: '2026-12-01T09:00:00+00:00', topics: ['b'], draft: true },
]);

describe('lastModified', () => {
  it.each([
    ['/articles/old/', '2026-01-01T09:00:00+00:00'],
    ['/articles/updated/', '2026-03-01T09:00:00+05:00'],
    ['/topics/a/', '2026-03-01T09:00:00+05:00'],
    ['/topics/b/', '2026-03-01T09:00:00+05:00'],
    ['/topics/', '2026-03-01T09:00:00+05:00'],
    ['/', '2026-03-01T09:00:00+05:00'],
  ])('%s changed at %s', (path, iso) => expect(dates.get(path)).toBe(iso));

  it.each(['/articles/draft/', '/about/', '/subscribe/'])(
    '%s gets no date (a draft, or no date of its own)',
    (path) => {
      expect(dates.has(path)).toBe(false);
    },
  );
});
