/**
 * schema.org structured data for articles (NewsArticle and BreadcrumbList), as search engines
 * read it from <script type="application/ld+json">. Pure: facts the page shows in, objects out.
 */

export interface LdImage {
  url: string;
  width: number;
  height: number;
}

/** A work the article cites: its source document or a report behind a context note. */
/** The same article in another edition: its address and language. */
export interface LdTranslation {
  url: string;
  /** BCP 47, as inLanguage: "ru-RU". */
  language: string;
}

export interface NewsArticleInput {
  /** The canonical address. */
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  /** The byline, as the page prints it. */
  author: string;
  publisher: { name: string; url: string; logo: LdImage };
  image: LdImage;
  section: string;
  keywords: string[];
  language: string;
  /** The original reports' addresses. */
  isBasedOn: string[];
  /**
   * Set when the page reproduces another publisher's report: that publisher is the one that published
   * it (on datePublished), and we are only the publisher of this copy, added on `added`.
   */
  reproduced?: { publisher: string; url: string; added: string } | undefined;
  /**
   * The addresses of the reports the article cites (its sources and its context facts' reports). As addresses
   * (schema.org allows a citation as text): with each one's name, publisher and date as CreativeWork, the
   * explainer's document was 100 bytes over its 14 KB; the page itself names them.
   */
  citations: string[];
  /** On an original: its translations in the other editions (schema.org workTranslation). */
  translations?: LdTranslation[] | undefined;
  /** On a translation: the original it translates (schema.org translationOfWork). */
  translationOf?: LdTranslation | undefined;
}

const imageObject = (image: LdImage) => ({
  '@type': 'ImageObject',
  url: image.url,
  width: image.width,
  height: image.height,
});

/** Another edition's article, by the @id its own page gives it, with its language. */
const translationNode = (t: LdTranslation) => ({
  '@type': 'NewsArticle',
  '@id': `${t.url}#article`,
  inLanguage: t.language,
});

export function newsArticle(a: NewsArticleInput) {
  const translations = (a.translations ?? []).map(translationNode);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${a.url}#article`,
    // The page's address once, as mainEntityOfPage: a `url` beside it said the same in bytes the page's budget lacks.
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    headline: a.headline,
    description: a.description,
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    inLanguage: a.language,
    articleSection: a.section,
    keywords: a.keywords,
    // A byline names the desk or the publication that wrote it, not a person.
    author: [{ '@type': 'Organization', name: a.author }],
    publisher: a.reproduced
      ? { '@type': 'Organization', name: a.reproduced.publisher }
      : { '@type': 'Organization', name: a.publisher.name, url: a.publisher.url, logo: imageObject(a.publisher.logo) },
    ...(a.reproduced
      ? {
          sdPublisher: {
            '@type': 'Organization',
            name: a.publisher.name,
            url: a.publisher.url,
            logo: imageObject(a.publisher.logo),
          },
          sdDatePublished: a.reproduced.added,
        }
      : {}),
    image: [imageObject(a.image)],
    isBasedOn: a.isBasedOn.length === 1 ? a.isBasedOn[0] : a.isBasedOn,
    ...(a.translationOf ? { translationOfWork: translationNode(a.translationOf) } : {}),
    ...(translations.length ? { workTranslation: translations.length === 1 ? translations[0] : translations } : {}),
    ...(a.citations.length
      ? {
          citation: a.citations,
        }
      : {}),
  };
}

/** The trail from the home page to this page, each step with its absolute address. */
export function breadcrumbList(steps: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: step.name,
      item: step.url,
    })),
  };
}

/**
 * JSON for inside a <script> element. JSON.stringify alone is not enough: a headline containing
 * "</script>" or "<!--" would end the element early. Escaping <, > and & as \u003c… keeps the
 * same JSON value while no markup can appear; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
