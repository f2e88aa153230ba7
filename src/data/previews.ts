/**
 * What link previews and search engines are told about a page: the card's text, the image's
 * address, size and description, an article's dates and section, its structured data. The
 * article page and the card endpoints read it from here.
 */
import { findComponentRefs } from '../lib/content-checks';
import { articleEvidence } from '../lib/evidence';
import { articlePath, topicPath } from '../lib/paths';
import { articleCardText, CARD, type CardText } from '../lib/og-card';
import { startCard } from '../lib/og-render';
import { absoluteUrl, type SeoArticle, type SeoImage } from '../lib/seo';
import { LOGO, SITE_NAME, SITE_TAGLINE } from '../lib/site';
import { breadcrumbList, newsArticle, type LdCitation } from '../lib/structured-data';
import { getContextFact, getReportOrigin, getSource, getTopics, type Article } from './content';

export const SITE_CARD: CardText = {
  kicker: 'Explainers, evidence first',
  headline: SITE_TAGLINE,
  date: '',
  siteName: SITE_NAME,
};

export const SITE_IMAGE: SeoImage = {
  src: '/og/site.png',
  ...CARD,
  alt: `${SITE_NAME}: ${SITE_TAGLINE}.`,
};

export async function articleCard(article: Article): Promise<CardText> {
  const topics = await getTopics();
  const section = topics.find((t) => t.id === article.data.topics[0]);
  const { title, published } = article.data;
  const origin = await getReportOrigin(article);
  return articleCardText({ title, published, section: section?.data.name, origin, siteName: SITE_NAME });
}

export function articleImage(article: Article): SeoImage {
  return {
    src: `/og/articles/${article.id}.png`,
    ...CARD,
    alt: `${article.data.title}: the headline on a ${SITE_NAME} card.`,
  };
}

/** What link previews need to show an article as one: its dates, section and tags. */
export async function articleSeo(article: Article): Promise<SeoArticle> {
  const topics = await getTopics();
  const names = article.data.topics.map((id) => topics.find((t) => t.id === id)?.data.name ?? id);
  const origin = await getReportOrigin(article);
  return {
    // A report was first published by its publisher, on its date; we added it later.
    published: origin?.published ?? article.data.published,
    modified: article.data.updated ?? article.data.published,
    section: names[0]!,
    tags: names,
  };
}

/**
 * NewsArticle and BreadcrumbList for an article, from the same facts the page prints: headline,
 * standfirst, byline, dates, section, and every report it quotes or cites.
 */
export async function articleStructuredData(article: Article, site: URL) {
  const url = absoluteUrl(articlePath(article.id), site);
  const seo = await articleSeo(article);
  const origin = await getReportOrigin(article);
  const sources = await Promise.all(article.data.sources.map(getSource));
  // Facts are named by Evidence markers and by ContextNotes: the citations cover both.
  const factIds = new Set([
    ...articleEvidence(article.body ?? '', article.data.sources[0]!).flatMap((e) =>
      e.kind === 'fact' ? [e.fact] : [],
    ),
    ...findComponentRefs(article.body ?? '')
      .filter((ref) => ref.component === 'ContextNote' && ref.attributes['fact'])
      .map((ref) => ref.attributes['fact']!),
  ]);
  const facts = await Promise.all([...factIds].map((id) => getContextFact(id)));
  const citations = new Map<string, LdCitation>();
  for (const { data } of sources) {
    citations.set(data.url, {
      url: data.url,
      name: data.headline,
      publisher: data.publisher,
      datePublished: data.published,
    });
  }
  for (const c of facts.flatMap((f) => f.data.citations)) {
    if (!citations.has(c.url)) citations.set(c.url, { url: c.url, publisher: c.publisher, datePublished: c.date });
  }
  const image = articleImage(article);
  return [
    newsArticle({
      url,
      headline: article.data.title,
      description: article.data.description,
      datePublished: seo.published,
      dateModified: seo.modified,
      author: origin?.publisher ?? article.data.byline,
      publisher: { name: SITE_NAME, url: absoluteUrl('/', site), logo: { ...LOGO, url: absoluteUrl(LOGO.src, site) } },
      // A report: its publisher wrote and dated it; we only added the copy, on the day given here.
      reproduced: origin && { publisher: origin.publisher, url: origin.url, added: article.data.published },
      image: { url: absoluteUrl(image.src, site), width: image.width, height: image.height },
      section: seo.section,
      keywords: seo.tags,
      language: 'en-GB',
      isBasedOn: sources.map((s) => s.data.url),
      citations: [...citations.values()],
    }),
    breadcrumbList([
      { name: SITE_NAME, url: absoluteUrl('/', site) },
      { name: seo.section, url: absoluteUrl(topicPath(article.data.topics[0]!), site) },
      { name: article.data.title, url },
    ]),
  ];
}

/**
 * Starts drawing every article's card in the card workers, without waiting (see og-render.ts). The
 * cards' route calls this when Astro asks it for its paths, before any page is rendered, so the
 * drawing overlaps the rendering of every page; a failure is reported by the card's own route.
 */
export async function startCards(articles: Article[]): Promise<void> {
  for (const article of articles) startCard(await articleCard(article), article.filePath ?? article.id);
}
