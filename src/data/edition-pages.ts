/**
 * What each translated edition builds, and so which editions have a page: the articles of an edition
 * (content/articles/<lang>/, the `editionArticles` collection), and the pages its hreflang alternates and
 * language switcher may name (src/lib/page-editions.ts). Reading an edition runs its whole check first
 * (getEditionContent), so a changed source or a missing translation fails the build before any page of it.
 */
import type { PaginateFunction } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, TRANSLATED_EDITIONS, type Lang } from '../lib/editions';
import { editionsOfPage, type EditionHoldings } from '../lib/page-editions';
import { LIST_PAGE_SIZE } from '../lib/pagination';
import { passagePath, sourcePath } from '../lib/paths';
import { getArticles, getPassage, getPublishedStories, getSources, type Article, type Source } from './content';
import { getEditionContent, hasEdition, publisherIn } from './edition';
import { withPageCacheKey } from './page-cache-key';

export type EditionArticle = CollectionEntry<'editionArticles'>;

/** An edition's article, with its English original and the id it is published under (the original's). */
export interface TranslatedArticle {
  /** The original's id, which is also the translation's address: /ru/articles/<id>/. */
  id: string;
  entry: EditionArticle;
  original: Article;
}

const articles = new Map<Lang, Promise<TranslatedArticle[]>>();

/** An edition's published articles (those whose original is published), newest first as the originals are. */
export function getEditionArticles(lang: Lang): Promise<TranslatedArticle[]> {
  let found = articles.get(lang);
  if (!found) articles.set(lang, (found = loadEditionArticles(lang)));
  return found;
}

/**
 * Every article an edition publishes, newest first, for its lists (home, archive, topics): every published
 * article in the first edition, its translations in another, given as their originals (which ArticleCard
 * takes, showing the translation).
 */
export async function getPublishedArticles(lang: Lang): Promise<Article[]> {
  return lang === DEFAULT_LANG ? getArticles() : (await getEditionArticles(lang)).map((a) => a.original);
}

/**
 * The source documents an edition lists, newest first: every one in the first edition, those it has
 * translated in another; none in an edition that is not published.
 */
export async function getEditionSources(lang: Lang): Promise<Source[]> {
  if (lang !== DEFAULT_LANG && !hasEdition(lang)) return [];
  const translated = lang === DEFAULT_LANG ? undefined : getEditionContent(lang).sources;
  return (await getSources())
    .filter((s) => !translated || translated.has(s.id))
    .toSorted((a, b) => b.data.published.localeCompare(a.data.published));
}

/**
 * An edition's list pages (the archive, the sources), LIST_PAGE_SIZE a page: none in an edition that is not
 * published, where paginate() would still make a first, empty page.
 */
export function editionListPages<T>(lang: Lang, items: readonly T[], paginate: PaginateFunction) {
  return lang !== DEFAULT_LANG && !hasEdition(lang)
    ? []
    : withPageCacheKey(paginate(items, { pageSize: LIST_PAGE_SIZE }));
}

const byId = new Map<Lang, Promise<Map<string, TranslatedArticle>>>();

/** One article as an edition publishes it, by its original's id; undefined where the edition has not translated it. */
export async function getEditionArticle(lang: Lang, id: string): Promise<TranslatedArticle | undefined> {
  let found = byId.get(lang);
  if (!found) byId.set(lang, (found = getEditionArticles(lang).then((all) => new Map(all.map((a) => [a.id, a])))));
  return (await found).get(id);
}

async function loadEditionArticles(lang: Lang): Promise<TranslatedArticle[]> {
  if (!hasEdition(lang)) return [];
  getEditionContent(lang);
  const [entries, originals] = await Promise.all([getCollection('editionArticles'), getArticles()]);
  const byOriginal = new Map(
    entries
      .filter((e) => e.id.startsWith(`${lang}/`))
      .map((e) => [e.data.translationOf ?? e.id.slice(lang.length + 1), e]),
  );
  return originals.flatMap((original) => {
    const entry = byOriginal.get(original.id);
    return entry && !entry.data.draft ? [{ id: original.id, entry, original }] : [];
  });
}

/** The pages every translated edition has, whatever its content. */
const EDITION_PAGES: ReadonlySet<string> = new Set([
  '/',
  '/about/',
  '/archive/',
  '/context/',
  '/search/',
  '/sources/',
  '/subscribe/',
  '/topics/',
]);

let holdings: Promise<Partial<Record<Lang, EditionHoldings>>> | undefined;

async function loadHoldings(): Promise<Partial<Record<Lang, EditionHoldings>>> {
  const entries = await Promise.all(
    TRANSLATED_EDITIONS.filter(({ lang }) => hasEdition(lang)).map(async ({ lang }) => {
      const content = getEditionContent(lang);
      const held: EditionHoldings = {
        pages: EDITION_PAGES,
        articles: new Set((await getEditionArticles(lang)).map((a) => a.id)),
        sources: new Set(content.passages.keys()),
        // A story's page and its timeline, for each published story it has translated (src/data/story-pages.ts).
        stories: new Set((await getPublishedStories()).filter((s) => content.stories.has(s.id)).map((s) => s.id)),
        topics: new Set(content.topics.keys()),
      };
      return [lang, held] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The editions that have the page at `path`, for its alternates and language switcher. */
export async function pageEditions(path: string): Promise<Lang[]> {
  holdings ??= loadHoldings();
  return editionsOfPage(path, await holdings);
}

/** A passage as an edition's page quotes it: our translation, the original, and where the passage is. */
export async function getTranslatedPassage(lang: Lang, sourceId: string, passageId: string) {
  const content = getEditionContent(lang);
  const passage = content.passages.get(sourceId)?.get(passageId);
  if (!passage) {
    throw new Error(
      `content/translations/${lang}/${sourceId}.json: passages: no translation of "${passageId}"; expected one for every passage an ${lang} page quotes`,
    );
  }
  const { source } = await getPassage(sourceId, passageId);
  // The edition's own source page when it has one, else the original's.
  const here = (await pageEditions(sourcePath(sourceId))).includes(lang) ? lang : undefined;
  return {
    source,
    passage,
    publisher: publisherIn(lang, source.data.publisher),
    href: passagePath(sourceId, passageId, here),
  };
}
