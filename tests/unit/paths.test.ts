import { describe, expect, it } from 'vitest';
import {
  alternatePaths,
  articleCardPath,
  articlePath,
  builtFile,
  contextPath,
  localizedPath,
  passagePath,
  siteCardPath,
  sourcePath,
  topicPath,
  unlocalizedPath,
} from '../../src/lib/paths';

describe('addresses in each edition', () => {
  it.each([
    [
      'article',
      articlePath('key-facts'),
      articlePath('key-facts', 'en'),
      articlePath('key-facts', 'ru'),
      '/articles/key-facts/',
    ],
    ['source', sourcePath('report'), sourcePath('report', 'en'), sourcePath('report', 'ru'), '/sources/report/'],
    [
      'passage',
      passagePath('report', 's14'),
      passagePath('report', 's14', 'en'),
      passagePath('report', 's14', 'ru'),
      '/sources/report/#s14',
    ],
    ['topic', topicPath('gaza'), topicPath('gaza', 'en'), topicPath('gaza', 'ru'), '/topics/gaza/'],
    ['context page', contextPath(), contextPath(undefined, 'en'), contextPath(undefined, 'ru'), '/context/'],
    [
      'context fact',
      contextPath('fact-1'),
      contextPath('fact-1', 'en'),
      contextPath('fact-1', 'ru'),
      '/context/#fact-1',
    ],
  ])('a %s: English as before, Russian under /ru', (_what, plain, english, russian, expected) => {
    expect(plain).toBe(expected);
    expect(english).toBe(expected);
    expect(russian).toBe(`/ru${expected}`);
  });

  it.each([
    ['/', 'en', '/'],
    ['/', 'ru', '/ru/'],
    ['/timeline/#event-x', 'ru', '/ru/timeline/#event-x'],
    ['/rss.xml', 'ru', '/ru/rss.xml'],
    ['/search/?q=Astana', 'en', '/search/?q=Astana'],
  ] as const)('localizedPath(%s, %s) is %s', (path, lang, expected) =>
    expect(localizedPath(path, lang)).toBe(expected),
  );

  it.each([
    [
      'an article’s card',
      articleCardPath('key-facts'),
      articleCardPath('key-facts', 'ru'),
      '/og/articles/key-facts.png',
    ],
    ['the site’s card', siteCardPath(), siteCardPath('ru'), '/og/site.png'],
  ])('%s: English where it always was, Russian under /og/ru', (_what, english, russian, expected) => {
    expect(english).toBe(expected);
    expect(russian).toBe(expected.replace('/og/', '/og/ru/'));
  });

  it('refuses a path that is not from the root, which would land somewhere else in each edition', () => {
    expect(() => localizedPath('timeline/', 'ru')).toThrow(/expected a path from the site's root/);
  });

  it.each([
    ['/ru/timeline/', 'ru', '/timeline/'],
    ['/ru/', 'ru', '/'],
    ['/ru', 'ru', '/'],
    ['/ru/sources/x/#s14', 'ru', '/sources/x/#s14'],
    ['/timeline/', 'en', '/timeline/'],
    ['/rules/', 'en', '/rules/'],
  ])('unlocalizedPath(%s) is the %s edition of %s', (path, lang, base) => {
    expect(unlocalizedPath(path)).toEqual({ lang, path: base });
  });
});

describe('alternatePaths, for hreflang', () => {
  it('gives every edition of the page and the English one as x-default, the same from either edition', () => {
    const expected = [
      { hreflang: 'en', lang: 'en', path: '/articles/x/' },
      { hreflang: 'ru', lang: 'ru', path: '/ru/articles/x/' },
      { hreflang: 'x-default', path: '/articles/x/' },
    ];
    expect(alternatePaths('/articles/x/')).toEqual(expected);
    expect(alternatePaths('/ru/articles/x/')).toEqual(expected);
  });

  it('leaves out an edition that lacks the page, on both sides, so the pairs stay reciprocal', () => {
    expect(alternatePaths('/articles/report/', ['en'])).toEqual([
      { hreflang: 'en', lang: 'en', path: '/articles/report/' },
      { hreflang: 'x-default', path: '/articles/report/' },
    ]);
  });

  it('has the home page at / and /ru/', () => {
    expect(alternatePaths('/ru/').map((a) => a.path)).toEqual(['/', '/ru/', '/']);
  });
});

describe('builtFile: where a page is built, which the search index turns back into its address', () => {
  it.each([
    ['/', 'index.html'],
    ['/articles/velna-dams/', 'articles/velna-dams/index.html'],
    ['/archive/2/', 'archive/2/index.html'],
    ['/404', '404.html'],
    ['/topics/gaza-ceasefire/', 'topics/gaza-ceasefire/index.html'],
  ])('%s → %s', (pathname, file) => expect(builtFile(pathname)).toBe(file));
});
