import { describe, expect, it } from 'vitest';
import { count } from '../../src/lib/count';

describe('count', () => {
  it.each([
    [0, 'no stories'],
    [1, '1 story'],
    [2, '2 stories'],
    [21, '21 stories'],
  ])('%i → "%s"', (n, text) => {
    expect(count(n, 'story', 'stories')).toBe(text);
  });
});
