import { describe, expect, it } from 'vitest';
import { editionsOfPage, holdsPage, type EditionHoldings } from '../../src/lib/page-editions';

const ru: EditionHoldings = {
  pages: new Set(['/', '/context/']),
  articles: new Set(['explained']),
  sources: new Set(['report']),
  stories: new Set(['story']),
  topics: new Set(['policy']),
};

describe('holdsPage', () => {
  it.each([
    ['/', true],
    ['/context/', true],
    ['/about/', false],
    ['/articles/explained/', true],
    ['/articles/other/', false],
    ['/sources/report/', true],
    ['/stories/story/', true],
    ['/stories/story/timeline/', true],
    ['/stories/other/timeline/', false],
    ['/stories/story/rss.xml', true],
    ['/stories/other/rss.xml', false],
    ['/topics/policy/rss.xml', true],
    ['/topics/other/rss.xml', false],
    ['/articles/explained/rss.xml', false],
    ['/topics/policy/', true],
    // Later pages of a paginated list are the first edition's only.
    ['/topics/policy/2/', false],
    ['/articles/explained/timeline/', false],
  ])('%s → %s', (path, expected) => {
    expect(holdsPage(ru, path)).toBe(expected);
  });
});

describe('editionsOfPage', () => {
  it.each([
    ['/articles/explained/', ['en', 'ru']],
    ['/ru/articles/explained/', ['en', 'ru']],
    ['/sources/report/#s14', ['en', 'ru']],
    ['/about/', ['en']],
    ['/ru/about/', ['en']],
  ])('%s → %j', (path, expected) => {
    expect(editionsOfPage(path, { ru })).toEqual(expected);
  });

  it('gives the first edition alone when no other edition holds anything', () => {
    expect(editionsOfPage('/articles/explained/', {})).toEqual(['en']);
  });
});
