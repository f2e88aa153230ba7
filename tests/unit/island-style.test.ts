import { describe, expect, it } from 'vitest';
import { hoistIslandStyle } from '../../src/lib/island-style';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('hoistIslandStyle', () => {
  it.each([
    [
      'moves the rule from the body to the end of the head',
      `<html><head><title>t</title></head><body><div>${STYLE}<astro-island></astro-island></div></body></html>`,
      `<html><head><title>t</title>${STYLE}</head><body><div><astro-island></astro-island></div></body></html>`,
    ],
    [
      'leaves a page without islands alone',
      '<html><head></head><body><p>x</p></body></html>',
      '<html><head></head><body><p>x</p></body></html>',
    ],
    [
      'leaves the rule alone when it is already in the head',
      `<html><head>${STYLE}</head><body></body></html>`,
      `<html><head>${STYLE}</head><body></body></html>`,
    ],
  ])('%s', (_, html, expected) => expect(hoistIslandStyle(html)).toBe(expected));
});
