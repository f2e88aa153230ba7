/**
 * What a link-preview scraper and a search engine read from every built page: open-graph-scraper
 * reads the tags from the HTML; every og:image is in dist/ at the size it declares; articles'
 * JSON-LD says what the page shows.
 */
import ogs from 'open-graph-scraper';
import { describe, expect, it } from 'vitest';
import { articles, distFile, page, pages, pngSize, SITE, squash } from './dist';
import { fill, t } from '../../src/i18n';
import { DEFAULT_EDITION, editionOfPath, TRANSLATED_EDITIONS } from '../../src/lib/editions';
import { pageTitle } from '../../src/lib/page-title';
import { articleCardPath, siteCardPath, unlocalizedPath } from '../../src/lib/paths';
import { editionFeeds } from '../../src/lib/site';

const scrape = async (urlPath: string) => {
  const { result, error } = await ogs({ html: distFile(urlPath) });
  if (error) throw new Error(`${urlPath}: open-graph-scraper failed`);
  return result;
};

describe.each(pages())('%s', (urlPath) => {
  // A translated article is an article too (/ru/articles/…/).
  const isArticle = unlocalizedPath(urlPath).path.startsWith('/articles/');

  it('gives scrapers title, description, type, canonical address, site name and a large card', async () => {
    const og = await scrape(urlPath);
    const html = page(urlPath);
    const canonical = html.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    // A page kept at an earlier address names the page it moved to, links there, and that page is built.
    if (canonical !== `${SITE}${urlPath}`) {
      const moved = canonical.slice(SITE.length);
      expect(pages()).toContain(moved);
      expect(html.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(moved);
    }
    expect(og.ogUrl).toBe(canonical);
    expect(og.ogTitle).toBeTruthy();
    // <title> may drop the site name or cut at a word to fit 70 characters; og:title is whole.
    expect(html.querySelector('title')!.text).toBe(pageTitle(og.ogTitle!, 'Multivector'));
    expect(og.ogDescription).toBe(html.querySelector('meta[name="description"]')!.getAttribute('content'));
    expect(og.ogType).toBe(isArticle ? 'article' : 'website');
    expect(og.ogSiteName).toBe('Multivector');
    expect(og.twitterCard).toBe('summary_large_image');
  });

  it('declares an absolute https og:image that is in dist/ at its declared size, with alt text', async () => {
    const [image] = (await scrape(urlPath)).ogImage!;
    expect(image!.url).toMatch(new RegExp(`^${SITE}/.+\\.png$`));
    expect(image!.alt).toBeTruthy();
    const declared = { width: Number(image!.width), height: Number(image!.height) };
    expect(declared).toEqual({ width: 1200, height: 630 });
    expect(pngSize(new URL(image!.url).pathname)).toEqual(declared);
  });

  it('is in its edition: og:locale, and a card drawn in its words with alt text in its language', async () => {
    const edition = editionOfPath(urlPath);
    const og = await scrape(urlPath);
    expect(og.ogLocale).toBe(edition.ogLocale);
    const [image] = og.ogImage!;
    const cards = t(edition.lang).cards;
    const id = /^\/articles\/([^/]+)\/$/.exec(unlocalizedPath(urlPath).path)?.[1];
    if (id) {
      expect(new URL(image!.url).pathname).toBe(articleCardPath(id, edition.lang));
      const title = squash(page(urlPath).querySelector('h1')!.text);
      expect(image!.alt).toBe(fill(cards.articleAlt, { title, site: edition.siteName }));
    } else {
      expect(new URL(image!.url).pathname).toBe(siteCardPath(edition.lang));
      expect(image!.alt).toBe(fill(cards.siteAlt, { site: edition.siteName, tagline: edition.tagline }));
    }
  });

  it('announces its edition’s feeds (the English pages: the site’s three), at absolute addresses', () => {
    const links = page(urlPath)
      .querySelectorAll('link[rel="alternate"][type]')
      .map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
    const lang = editionOfPath(urlPath).lang;
    const expected = editionFeeds(lang).map((f) => [f.type, `${SITE}${f.href}`]);
    if (lang === 'en')
      expect(expected).toEqual([
        ['application/rss+xml', `${SITE}/rss.xml`],
        ['application/atom+xml', `${SITE}/atom.xml`],
        ['application/feed+json', `${SITE}/feed.json`],
      ]);
    expect(links).toEqual(expect.arrayContaining(expected));
  });

  it(isArticle ? 'dates the article and names its section and tags' : 'carries no article tags', async () => {
    const og = await scrape(urlPath);
    const html = page(urlPath);
    if (!isArticle) {
      expect(html.querySelectorAll('meta[property^="article:"]')).toEqual([]);
      return;
    }
    const published = html.querySelector('article header time')!.getAttribute('datetime');
    expect(og.articlePublishedTime).toBe(published);
    expect(og.articleModifiedTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const section = squash(html.querySelector('article header a')!.text);
    expect(og.articleSection).toBe(section);
    const tags = html.querySelectorAll('meta[property="article:tag"]').map((m) => m.getAttribute('content'));
    expect(tags[0]).toBe(section);
  });
});

describe.each(articles())('structured data of %s', (urlPath) => {
  const html = page(urlPath);
  const scripts = html.querySelectorAll('script[type="application/ld+json"]');
  const [article, breadcrumbs] = JSON.parse(scripts[0]!.text);
  const canonical = `${SITE}${urlPath}`;

  it('is one JSON-LD script that no text can break out of', () => {
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.text).not.toMatch(/<\//);
  });

  it('is a NewsArticle that says what the page shows', async () => {
    const og = await scrape(urlPath);
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBe(squash(html.querySelector('h1')!.text));
    expect(article.description).toBe(html.querySelector('meta[name="description"]')!.getAttribute('content'));
    expect(article.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': canonical });
    expect(article.datePublished).toBe(html.querySelector('article header time')!.getAttribute('datetime'));
    expect(article.dateModified).toBe(og.articleModifiedTime);
    expect(`By ${article.author[0].name}`).toBe(squash(html.querySelector('article header .font-semibold')!.text));
    expect(article.image[0]).toMatchObject({ url: og.ogImage![0]!.url, width: 1200, height: 630 });
    expect(article.articleSection).toBe(og.articleSection);
  });

  it('names the publisher with a logo that is in dist/ at its declared size', () => {
    // A reproduced report names its own publisher; we are the publisher of this copy (sdPublisher).
    const ours = article.sdPublisher ?? article.publisher;
    const { logo } = ours;
    expect(ours.name).toBe('Multivector');
    expect(pngSize(new URL(logo.url).pathname)).toEqual({ width: logo.width, height: logo.height });
  });

  it('is based on the original report the page links to, and cites it', () => {
    const sourceBox = html.querySelector('section[aria-labelledby="source-box-title"]')!;
    const original = sourceBox.querySelector('a[rel="external"]')!.getAttribute('href');
    expect(article.isBasedOn).toBe(original);
    expect(article.citation).toContain(original);
    const contextLinks = html.querySelectorAll('aside a[rel="external"]').map((a) => a.getAttribute('href'));
    for (const link of contextLinks) expect(article.citation).toContain(link);
  });

  it('has a BreadcrumbList from the home page through the section the page shows to the article', () => {
    const section = html.querySelector('article header a')!;
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    expect(breadcrumbs.itemListElement.map((i: { name: string; item: string }) => [i.name, i.item])).toEqual([
      ['Multivector', `${SITE}/`],
      [squash(section.text), `${SITE}${section.getAttribute('href')}`],
      [article.headline, canonical],
    ]);
  });
});

it('pages that are not articles carry no article structured data', () => {
  for (const urlPath of pages().filter((p) => !unlocalizedPath(p).path.startsWith('/articles/'))) {
    expect(page(urlPath).querySelectorAll('script[type="application/ld+json"]'), urlPath).toEqual([]);
  }
});

const translatedArticles = pages().filter(
  (p) => unlocalizedPath(p).lang !== DEFAULT_EDITION.lang && unlocalizedPath(p).path.startsWith('/articles/'),
);

it('builds a translated article with structured data in every translated edition', () => {
  for (const e of TRANSLATED_EDITIONS) expect(translatedArticles.some((p) => p.startsWith(`${e.prefix}/`)), e.lang).toBe(true);
});

describe.each(translatedArticles)('structured data of %s, a translation', (urlPath) => {
  const edition = editionOfPath(urlPath);
  const english = unlocalizedPath(urlPath).path;
  const html = page(urlPath);
  const scripts = html.querySelectorAll('script[type="application/ld+json"]');
  const [article, breadcrumbs] = JSON.parse(scripts[0]!.text);
  const [original] = JSON.parse(page(english).querySelector('script[type="application/ld+json"]')!.text);

  it('is one JSON-LD script that no text can break out of', () => {
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.text).not.toMatch(/<\//);
  });

  it('is a NewsArticle in the edition’s language that says what the page shows', async () => {
    const og = await scrape(urlPath);
    expect(article['@type']).toBe('NewsArticle');
    expect(article['@id']).toBe(`${SITE}${urlPath}#article`);
    expect(article.inLanguage).toBe(edition.locale);
    expect(article.headline).toBe(squash(html.querySelector('h1')!.text));
    expect(article.headline).not.toBe(original.headline);
    expect(article.description).toBe(html.querySelector('meta[name="description"]')!.getAttribute('content'));
    expect(article.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': `${SITE}${urlPath}` });
    expect(article.image[0]).toMatchObject({ url: og.ogImage![0]!.url, width: 1200, height: 630 });
    expect(article.articleSection).toBe(og.articleSection);
    expect(article.articleSection).toBe(squash(html.querySelector('article header a')!.text));
  });

  it('names the English article as its original, and the English article names it as its translation', () => {
    expect(article.translationOfWork).toEqual({
      '@type': 'NewsArticle',
      '@id': original['@id'],
      inLanguage: DEFAULT_EDITION.locale,
    });
    const translations = [original.workTranslation].flat();
    expect(translations).toContainEqual({ '@type': 'NewsArticle', '@id': article['@id'], inLanguage: edition.locale });
  });

  it('rests on the same report as its original, whose structured data cites the rest, and names the edition as publisher', () => {
    expect(article.isBasedOn).toEqual(original.isBasedOn);
    expect(article.citation).toBeUndefined();
    expect(original.citation.length).toBeGreaterThan(0);
    const ours = article.sdPublisher ?? article.publisher;
    expect(ours.name).toBe(edition.siteName);
    expect(ours.url).toBe(`${SITE}${edition.prefix}/`);
    expect(pngSize(new URL(ours.logo.url).pathname)).toEqual({ width: ours.logo.width, height: ours.logo.height });
  });

  it('has a BreadcrumbList from the edition’s home page through the section the page shows', () => {
    const section = html.querySelector('article header a')!;
    expect(breadcrumbs.itemListElement.map((i: { name: string; item: string }) => [i.name, i.item])).toEqual([
      [edition.siteName, `${SITE}${edition.prefix}/`],
      [squash(section.text), `${SITE}${section.getAttribute('href')}`],
      [article.headline, `${SITE}${urlPath}`],
    ]);
  });
});

