import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/lib/page-title';

describe('pageTitle', () => {
  it.each([
    ['Multivector', 'Multivector'],
    ['Topics', 'Topics | Multivector'],
    [
      'Kazakhstan Maintains Diplomatic Balance Following Gaza Ceasefire',
      'Kazakhstan Maintains Diplomatic Balance Following Gaza Ceasefire',
    ],
    [
      'Source: Kazakhstan Maintains Diplomatic Balance Following Gaza Ceasefire, as received',
      'Source: Kazakhstan Maintains Diplomatic Balance Following Gaza…',
    ],
  ])('%s → %s', (title, expected) => {
    const result = pageTitle(title, 'Multivector');
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(70);
  });
});
