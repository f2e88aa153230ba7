import { describe, expect, it } from 'vitest';
import { pageLabel } from '../../src/lib/pagination';

describe('pageLabel', () => {
  it.each([
    [1, 1, ''],
    [1, 3, 'Page 1 of 3'],
    [3, 3, 'Page 3 of 3'],
  ])('page %i of %i → "%s"', (current, last, label) => {
    expect(pageLabel(current, last)).toBe(label);
  });
});
