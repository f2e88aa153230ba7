import { describe, expect, it } from 'vitest';
import { absoluteUrl, previewTags, type SeoPage } from '../../src/lib/seo';

const page: SeoPage = {
  site: 'https://multivector.example',
  path: '/topics/gaza-ceasefire/',
  title: 'Gaza ceasefire',
  description: 'The October 2025 ceasefire between Israel and Hamas.',
  image: { src: '/og/site.png', width: 1200, height: 630, alt: 'The site card.' },
  siteName: 'Multivector',
  locale: 'en_GB',
};
const article = {
  published: '2026-11-28T09:30:00+05:00',
  modified: '2026-11-29T10:00:00+05:00',
  section: 'Gaza ceasefire',
  tags: ['Gaza ceasefire', 'Kazakhstan’s foreign policy'],
};
const value = (tags: ReturnType<typeof previewTags>, key: string) =>
  tags.filter((t) => ('property' in t ? t.property : t.name) === key).map((t) => t.content);

describe('previewTags', () => {
  it.each([
    ['og:url', 'https://multivector.example/topics/gaza-ceasefire/'],
    ['og:image', 'https://multivector.example/og/site.png'],
    ['og:image:width', '1200'],
    ['og:image:height', '630'],
    ['og:image:alt', 'The site card.'],
    ['og:type', 'website'],
    ['og:site_name', 'Multivector'],
    ['twitter:card', 'summary_large_image'],
  ])('a page that is not an article: %s is %s', (key, expected) => {
    expect(value(previewTags(page), key)).toEqual([expected]);
  });

  it('an article is typed as one, with its times, section and every tag', () => {
    const tags = previewTags({ ...page, path: '/articles/x/', article });
    expect(value(tags, 'og:type')).toEqual(['article']);
    expect(value(tags, 'article:published_time')).toEqual([article.published]);
    expect(value(tags, 'article:modified_time')).toEqual([article.modified]);
    expect(value(tags, 'article:section')).toEqual(['Gaza ceasefire']);
    expect(value(tags, 'article:tag')).toEqual(article.tags);
  });

  it('a page that is not an article carries no article tags', () => {
    expect(previewTags(page).some((t) => 'property' in t && t.property.startsWith('article:'))).toBe(false);
  });

  it('keeps an image that is already absolute', () => {
    const tags = previewTags({ ...page, image: { ...page.image, src: 'https://cdn.example/x.png' } });
    expect(value(tags, 'og:image')).toEqual(['https://cdn.example/x.png']);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['/', 'https://multivector.example/'],
    ['/rss.xml', 'https://multivector.example/rss.xml'],
    ['/articles/a%20b/', 'https://multivector.example/articles/a%20b/'],
  ])('%s → %s', (path, url) => expect(absoluteUrl(path, 'https://multivector.example')).toBe(url));

  it('refuses a site that is not https, naming the setting', () => {
    expect(() => absoluteUrl('/', 'http://multivector.example')).toThrow(/astro\.config\.mjs: site: expected an https/);
  });
});
