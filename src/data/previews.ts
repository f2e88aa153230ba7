/**
 * What link previews and search engines are told about a page, in its edition: the card's text, the
 * image's address, size and description, an article's dates and section, its structured data. The
 * article pages and the card endpoints read it from here.
 */
import { fill, t } from '../i18n';
import { DEFAULT_LANG, edition, type Lang } from '../lib/editions';
import { findComponentRefs } from '../lib/content-checks';
import { articleEvidence } from '../lib/evidence';
import { articleCardPath, articlePath, localizedPath, siteCardPath, topicPath } from '../lib/paths';
import { articleCardText, CARD, type CardText } from '../lib/og-card';
import { placeCard } from '../lib/og-render';
import { absoluteUrl, type SeoArticle, type SeoImage } from '../lib/seo';
import { LOGO } from '../lib/site';
import { breadcrumbList, newsArticle, type LdTranslation } from '../lib/structured-data';
import { getContextFact, getReportOrigin, getSource, getTopics, type Article } from './content';
import { getTopicText, publisherIn } from './edition';
import { getEditionArticle, pageEditions } from './edition-pages';

/** The card of an edition's pages that are not articles: what the site is, in its words. */
export function siteCard(lang: Lang = DEFAULT_LANG): CardText {
  const { siteName, tagline } = edition(lang);
  return { kicker: t(lang).cards.siteKicker, headline: tagline, date: '', siteName };
}

export function siteImage(lang: Lang = DEFAULT_LANG): SeoImage {
  const { siteName, tagline } = edition(lang);
  return { src: siteCardPath(lang), ...CARD, alt: fill(t(lang).cards.siteAlt, { site: siteName, tagline }) };
}

/**
 * An article as an edition publishes it: the original's fields, or its translation's, and the file they
 * are in (which a card names when it cannot be drawn). An edition's pages only ask for what it has translated.
 */
async function inEdition(article: Article, lang: Lang): Promise<{ data: Article['data']; file: string }> {
  if (lang === DEFAULT_LANG) return { data: article.data, file: article.filePath ?? article.id };
  const translated = await getEditionArticle(lang, article.id);
  if (!translated) throw new Error(`previews: "${article.id}" has no ${lang} translation to describe`);
  return { data: translated.entry.data, file: translated.entry.filePath ?? translated.entry.id };
}

/** A topic's name in an edition; the original's where the edition has not translated it. */
async function topicNames(article: Article, lang: Lang): Promise<string[]> {
  const topics = await getTopics();
  return article.data.topics.map((id) => {
    const topic = topics.find((t) => t.id === id);
    return (topic && getTopicText(lang, topic)?.name) ?? topic?.data.name ?? id;
  });
}

export async function articleCard(article: Article, lang: Lang = DEFAULT_LANG): Promise<CardText> {
  const topics = await getTopics();
  const section = topics.find((t) => t.id === article.data.topics[0]);
  const { title, published } = (await inEdition(article, lang)).data;
  const origin = await getReportOrigin(article);
  return articleCardText({
    title,
    published,
    section: section && (getTopicText(lang, section)?.name ?? section.data.name),
    origin: origin && { publisher: publisherIn(lang, origin.publisher), published: origin.published },
    siteName: edition(lang).siteName,
    lang,
  });
}

/** An article's card as its page offers it; `title` is the edition's headline (the original's by default). */
export function articleImage(article: Article, lang: Lang = DEFAULT_LANG, title = article.data.title): SeoImage {
  return {
    src: articleCardPath(article.id, lang),
    ...CARD,
    alt: fill(t(lang).cards.articleAlt, { title, site: edition(lang).siteName }),
  };
}

/** What link previews need to show an article as one: its dates, section and tags, in its edition. */
export async function articleSeo(article: Article, lang: Lang = DEFAULT_LANG): Promise<SeoArticle> {
  const { data } = await inEdition(article, lang);
  const names = await topicNames(article, lang);
  const origin = await getReportOrigin(article);
  return {
    // A report was first published by its publisher, on its date; we added it later.
    published: origin?.published ?? data.published,
    modified: data.updated ?? data.published,
    section: names[0]!,
    tags: names,
  };
}

/** The same article in the other editions that publish it, for its structured data. */
async function otherEditions(article: Article, lang: Lang, site: URL): Promise<LdTranslation[]> {
  const editions = await pageEditions(articlePath(article.id));
  return editions
    .filter((l) => l !== lang)
    .map((l) => ({ url: absoluteUrl(articlePath(article.id, l), site), language: edition(l).locale }));
}

/**
 * NewsArticle and BreadcrumbList for an article in an edition, from the same facts the page prints:
 * headline, standfirst, byline, dates, section, the report it is based on and, on the original, every
 * report it quotes or cites. The original names its translations (workTranslation) and each translation
 * its original (translationOfWork).
 */
export async function articleStructuredData(article: Article, site: URL, lang: Lang = DEFAULT_LANG) {
  const { data } = await inEdition(article, lang);
  const url = absoluteUrl(articlePath(article.id, lang), site);
  const seo = await articleSeo(article, lang);
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
  const citations = new Set([
    ...sources.map(({ data }) => data.url),
    ...facts.flatMap((f) => f.data.citations.map(({ url }: { url: string }) => url)),
  ]);
  const image = articleImage(article, lang, data.title);
  const { siteName, locale } = edition(lang);
  const home = absoluteUrl(localizedPath('/', lang), site);
  const [others, sectionEditions] = await Promise.all([
    otherEditions(article, lang, site),
    pageEditions(topicPath(article.data.topics[0]!)),
  ]);
  const publisher = origin && publisherIn(lang, origin.publisher);
  return [
    newsArticle({
      url,
      headline: data.title,
      description: data.description,
      datePublished: seo.published,
      dateModified: seo.modified,
      author: publisher ?? data.byline,
      publisher: { name: siteName, url: home, logo: { ...LOGO, url: absoluteUrl(LOGO.src, site) } },
      // A report: its publisher wrote and dated it; we only added the copy, on the day given here.
      reproduced: origin && { publisher: publisher!, url: origin.url, added: data.published },
      image: { url: absoluteUrl(image.src, site), width: image.width, height: image.height },
      section: seo.section,
      keywords: seo.tags,
      language: locale,
      isBasedOn: sources.map((s) => s.data.url),
      // A translation rests on its original's evidence (the build holds it to the same passages and facts):
      // it names the original, whose structured data cites every report, rather than repeating the list in
      // bytes its page's budget lacks (some 630 on the Russian explainer).
      citations: lang === DEFAULT_LANG ? [...citations.values()] : [],
      ...(lang === DEFAULT_LANG
        ? { translations: others }
        : { translationOf: others.find((o) => o.language === edition(DEFAULT_LANG).locale) }),
    }),
    breadcrumbList([
      { name: siteName, url: home },
      {
        name: seo.section,
        // The edition's topic page where it has one, else the original's.
        url: absoluteUrl(topicPath(article.data.topics[0]!, sectionEditions.includes(lang) ? lang : undefined), site),
      },
      { name: data.title, url },
    ]),
  ];
}

/**
 * Every article's card in an edition, at its address in the built site (placeCard, og-render.ts): drawn
 * now in the card process, without waiting, and copied into the site when the build ends. The cards'
 * routes call this when Astro asks them for their paths, before any page is rendered, so the drawing
 * overlaps the rendering of every page; a card that cannot be drawn fails the build, naming its file.
 */
export async function placeArticleCards(articles: Article[], lang: Lang = DEFAULT_LANG): Promise<void> {
  for (const article of articles) {
    placeCard(
      await articleCard(article, lang),
      await articleCardFile(article, lang),
      articleCardPath(article.id, lang),
    );
  }
}

/** The file a card's words come from, named when it cannot be drawn. */
export async function articleCardFile(article: Article, lang: Lang = DEFAULT_LANG): Promise<string> {
  return (await inEdition(article, lang)).file;
}
