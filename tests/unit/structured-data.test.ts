import { describe, expect, it } from 'vitest';
import { breadcrumbList, newsArticle, serializeJsonLd, type NewsArticleInput } from '../../src/lib/structured-data';

const input: NewsArticleInput = {
  url: 'https://multivector.example/articles/x/',
  headline: 'A headline',
  description: 'A description.',
  datePublished: '2026-11-28T09:30:00+00:00',
  dateModified: '2026-11-29T09:30:00+00:00',
  author: 'Multivector editors',
  publisher: {
    name: 'Multivector',
    url: 'https://multivector.example/',
    logo: { url: 'https://multivector.example/logo.png', width: 512, height: 512 },
  },
  image: { url: 'https://multivector.example/og/articles/x.png', width: 1200, height: 630 },
  section: 'Gaza ceasefire',
  keywords: ['Gaza ceasefire'],
  language: 'en-GB',
  isBasedOn: ['https://timesca.com/?p=37371'],
  citations: ['https://timesca.com/?p=37371', 'https://astanatimes.com/2024/06/x/'],
};

describe('serializeJsonLd', () => {
  it.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- comment'],
    ['Tom & Jerry > Itchy'],
    ['line\u2028separator\u2029'],
  ])('%j cannot break out of the script element, and reads back unchanged', (headline) => {
    const json = serializeJsonLd({ headline });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ headline });
  });
});

describe('newsArticle', () => {
  const ld = newsArticle(input);

  it.each([
    ['@type', 'NewsArticle'],
    ['headline', 'A headline'],
    ['datePublished', input.datePublished],
    ['dateModified', input.dateModified],
    ['isBasedOn', 'https://timesca.com/?p=37371'],
  ])('%s', (key, expected) => expect(ld[key as keyof typeof ld]).toEqual(expected));

  it('points at its page, and names author, publisher with logo, image and citations', () => {
    expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': input.url });
    expect(ld.author).toEqual([{ '@type': 'Organization', name: 'Multivector editors' }]);
    expect(ld.publisher.logo).toMatchObject({ url: input.publisher.logo.url, width: 512, height: 512 });
    expect(ld.image).toEqual([{ '@type': 'ImageObject', ...input.image }]);
    expect(ld.citation).toEqual(['https://timesca.com/?p=37371', 'https://astanatimes.com/2024/06/x/']);
  });

  it('names no translation, in either direction, where the article has none', () => {
    expect(ld).not.toHaveProperty('workTranslation');
    expect(ld).not.toHaveProperty('translationOfWork');
    expect(newsArticle({ ...input, translations: [] })).not.toHaveProperty('workTranslation');
  });

  it('names its translation by the @id the translation’s own page gives it, with its language', () => {
    const ru = { url: 'https://multivector.example/ru/articles/x/', language: 'ru-RU' };
    expect(newsArticle({ ...input, translations: [ru] }).workTranslation).toEqual({
      '@type': 'NewsArticle',
      '@id': 'https://multivector.example/ru/articles/x/#article',
      inLanguage: 'ru-RU',
    });
    const kk = { url: 'https://multivector.example/kk/articles/x/', language: 'kk-KZ' };
    expect(newsArticle({ ...input, translations: [ru, kk] }).workTranslation).toHaveLength(2);
  });

  it('on a translation, names the original it translates, and speaks its own language', () => {
    const ld = newsArticle({
      ...input,
      url: 'https://multivector.example/ru/articles/x/',
      language: 'ru-RU',
      translationOf: { url: input.url, language: 'en-GB' },
    });
    expect(ld.inLanguage).toBe('ru-RU');
    expect(ld['@id']).toBe('https://multivector.example/ru/articles/x/#article');
    expect(ld.translationOfWork).toEqual({
      '@type': 'NewsArticle',
      '@id': `${input.url}#article`,
      inLanguage: 'en-GB',
    });
  });

  it('names its page once, as mainEntityOfPage, and cites nothing when given no citations', () => {
    expect(ld).not.toHaveProperty('url');
    expect(newsArticle({ ...input, citations: [] })).not.toHaveProperty('citation');
  });

  it('lists every original when an article is based on more than one', () => {
    expect(newsArticle({ ...input, isBasedOn: ['https://a.example/', 'https://b.example/'] }).isBasedOn).toEqual([
      'https://a.example/',
      'https://b.example/',
    ]);
  });
});

describe('breadcrumbList', () => {
  it('numbers the steps from 1, in order', () => {
    const list = breadcrumbList([
      { name: 'Home', url: 'https://multivector.example/' },
      { name: 'Topic', url: 'https://multivector.example/topics/t/' },
    ]);
    expect(list.itemListElement.map((i) => [i.position, i.name, i.item])).toEqual([
      [1, 'Home', 'https://multivector.example/'],
      [2, 'Topic', 'https://multivector.example/topics/t/'],
    ]);
  });
});
