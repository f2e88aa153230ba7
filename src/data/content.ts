/**
 * The one place pages read content from. Cross-collection checks run here, on first use,
 * so a broken reference fails the build with every problem listed at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { visible } from '../lib/characters';
import {
  bodyStartLine,
  checkCitations,
  citationsOf,
  LOCK_FILE,
  parseLock,
  passageTexts,
  type CitationLock,
} from '../lib/citation-lock';
import { checkArticle, checkQuotedWords, findComponentRefs, type KnownContent } from '../lib/content-checks';
import { checkLinks, sitePages, type SitePages } from '../lib/content-links';
import { checkEvidence } from '../lib/evidence';
import { parseJsonText } from '../lib/json-text';
import { indexPassages } from '../lib/passages';
import { articlePlaceholders } from '../lib/placeholders';
import { passagePath } from '../lib/paths';
import { articleWords, countWords, readingMinutes } from '../lib/reading-time';
import { relatedIndex } from '../lib/related';
import type { SourceEntry } from '../loaders/source-loader';
import { getStories, getStoryIndex, isPublished, SHOW_DRAFTS, type Story } from './stories';

export type Article = CollectionEntry<'articles'>;
/** Typed from the loader's own schema: Astro's generated type loses the passage structure. */
export type Source = Omit<CollectionEntry<'sources'>, 'data'> & { data: SourceEntry };
export type Topic = CollectionEntry<'topics'>;
export type ContextFact = CollectionEntry<'context'>;

let checked: Promise<Article[]> | undefined;

/** Published articles (drafts too under `astro dev`), newest first, after every reference in them has been checked. */
export function getArticles(): Promise<Article[]> {
  checked ??= loadArticles();
  return checked;
}

async function loadArticles(): Promise<Article[]> {
  const [articles, sources, topics, context, { released }] = await Promise.all([
    getCollection('articles'),
    getCollection('sources'),
    getCollection('topics'),
    getCollection('context'),
    getStoryIndex(),
  ]);
  // An article of a draft story is unpublished with it, whatever its own `draft` says.
  const publishedArticle = (a: Article) => released.articles.has(a.id);
  const known: KnownContent = {
    topics: new Set(topics.map((t) => t.id)),
    sources: new Map(sources.map((s) => [s.id, new Set(indexPassages(s.data.blocks).keys())])),
    contextFacts: new Set(context.map((c) => c.id)),
  };
  const texts = passageTexts(sources as Source[]);
  const site = SHOW_DRAFTS ? undefined : await publishedSite(articles, sources as Source[], known);
  // The checks npm run check:content runs (src/lib/content-report.ts), on the same articles.
  const errors = articles.flatMap((a) => {
    const file = a.filePath ?? `content/articles/${a.id}.mdx`;
    const body = a.body ?? '';
    const firstLine = bodyLine(file, body);
    const input = { file, topics: a.data.topics, sources: a.data.sources, body, firstLine };
    return [
      ...checkArticle(input, known),
      ...checkQuotedWords(input, texts),
      ...checkEvidence(
        { file, format: a.data.format, body, sources: a.data.sources, lineOffset: firstLine - 1 },
        known,
      ),
      // Under `astro dev` drafts are shown and an article is being written: these wait for the build.
      ...(site && publishedArticle(a)
        ? [...articlePlaceholders(file, fileText(file)), ...checkLinks(input, site)]
        : []),
    ];
  });
  if (errors.length) throw new Error(`Content errors:\n${errors.join('\n')}`);
  const moved = checkCitationLock(articles.filter(publishedArticle), sources as Source[]);
  if (moved.length) throw new Error(`Citations:\n${moved.map(visible).join('\n')}`);
  const shown = articles
    .filter((a) => publishedArticle(a) || SHOW_DRAFTS)
    .sort((a, b) => Date.parse(b.data.published) - Date.parse(a.data.published));
  if (shown.length === 0) {
    throw new Error(
      articles.length === 0
        ? 'content/articles/: no articles; expected at least one .mdx file (see "Adding an article" in README.md)'
        : `content/articles/: every article is a draft (${articles.length} of them), so the site would have nothing to show; set draft: false in the frontmatter of one to publish it`,
    );
  }
  return shown;
}

const fileText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** The line of its file an article's body starts on, so messages give the file's own line numbers. */
function bodyLine(file: string, body: string): number {
  const text = fileText(file);
  return text ? bodyStartLine(text, body) : 1;
}

/** What the built site will hold, for the links of published articles to be checked against. */
async function publishedSite(articles: Article[], sources: Source[], known: KnownContent): Promise<SitePages> {
  // What a build releases: an article of a draft story is unpublished with it (src/data/stories.ts).
  const { released } = await getStoryIndex();
  return sitePages({
    articles: articles.map((a) => ({ id: a.id, draft: !released.articles.has(a.id) })),
    sources: sources.map((s) => ({ id: s.id, ids: known.sources.get(s.id) ?? new Set() })),
    publishedSources: released.sources,
    topics: known.topics,
    contextFacts: known.contextFacts,
    events: (await getCollection('timeline')).map((e) => e.data),
  });
}

/**
 * Every published article's citations still show the words recorded for them (lib/citation-lock.ts).
 * Under `astro dev` a citation not recorded yet is allowed, so writing one needs no extra step until the
 * build; words that changed are an error everywhere.
 */
function checkCitationLock(articles: Article[], sources: Source[]): string[] {
  let lock: CitationLock = {};
  if (existsSync(LOCK_FILE)) lock = parseLock(parseJsonText(readFileSync(LOCK_FILE, 'utf8'), LOCK_FILE));
  const citations = articles.flatMap((a) => {
    const file = a.filePath ?? `content/articles/${a.id}.mdx`;
    const body = a.body ?? '';
    return citationsOf({ id: a.id, file, sources: a.data.sources, body, firstLine: bodyLine(file, body) });
  });
  return checkCitations(citations, passageTexts(sources), lock, { requireRecorded: !SHOW_DRAFTS });
}

/**
 * Sources that a published article names, in its frontmatter or a <Cite>/<SourceText>. A source
 * whose only articles are drafts (a story just ingested) stays unpublished with them: no page, no listing.
 */
let published: Promise<Source[]> | undefined;

export function getSources(): Promise<Source[]> {
  // Worked out once per build: every <Cite> asks for its source, and scanning every article each
  // time made a build's cost grow with the square of the number of articles.
  published ??= (async () => {
    const named = new Set(
      (await getArticles()).flatMap((a) => [
        ...a.data.sources,
        ...findComponentRefs(a.body ?? '').flatMap((r) => r.attributes['source'] ?? []),
      ]),
    );
    return (await getAllSources()).filter((s) => named.has(s.id));
  })();
  return published;
}

/** Every source document, published or not: for checking drafts against, never for listing. */
export async function getAllSources(): Promise<Source[]> {
  return (await getCollection('sources')) as Source[];
}

// Every <Cite>, <SourceText> and evidence marker asks for its source by id: looked up, not searched.
let sourcesById: Promise<Map<string, Source>> | undefined;
const publishedSourcesById = () => (sourcesById ??= getSources().then((all) => new Map(all.map((s) => [s.id, s]))));

export async function getSource(id: string): Promise<Source> {
  const source = (await publishedSourcesById()).get(id);
  if (!source) {
    const exists = (await getCollection('sources')).some((s) => s.id === id);
    throw new Error(
      exists
        ? `source "${id}" is not published: only draft articles name it; publish one of them (draft: false) first`
        : `unknown source "${id}"`,
    );
  }
  return source;
}

/** Who first published a report that an article reproduces, and when: apart from when we added it. */
export interface ReportOrigin {
  publisher: string;
  /** YYYY-MM-DD. */
  published: string;
  url: string;
}

/**
 * The origin of a `report` article, which reproduces its first source: the source's publisher and
 * date, never the article's own `published`, which is when the report was added here. Undefined for
 * articles in our own words.
 */
export async function getReportOrigin(article: Article): Promise<ReportOrigin | undefined> {
  if (article.data.format !== 'report') return undefined;
  const { data } = await getSource(article.data.sources[0]!);
  return { publisher: data.publisher, published: data.published, url: data.url };
}

// Topics and context facts are looked up several times by every article page: read once per build.
let topics: Promise<Topic[]> | undefined;
let contextFacts: Promise<Map<string, ContextFact>> | undefined;

/** Every topic, by name. */
export function getTopics(): Promise<Topic[]> {
  topics ??= getCollection('topics').then((all) => all.sort((a, b) => a.data.name.localeCompare(b.data.name)));
  return topics;
}

/** Every context fact of a published story, in date order: the facts from other reporting that the site may use. */
export async function getContextFacts(): Promise<ContextFact[]> {
  contextFacts ??= getCollection('context').then((all) => new Map(all.map((c) => [c.id, c])));
  const { stories, index } = await getStoryIndex();
  const shown = new Set(stories.filter(isPublished).map((s) => s.id));
  return [...(await contextFacts).values()]
    .filter((f) => shown.has(index.fact.get(f.id)!))
    .sort((a, b) => a.data.date.localeCompare(b.data.date));
}

export async function getContextFact(id: string): Promise<ContextFact> {
  contextFacts ??= getCollection('context').then((all) => new Map(all.map((c) => [c.id, c])));
  const fact = (await contextFacts).get(id);
  if (!fact) throw new Error(`unknown context fact "${id}"; expected an id from content/context/facts.json`);
  return fact;
}

const passageIndexes = new Map<string, ReturnType<typeof indexPassages>>();
function passagesOf(source: Source): ReturnType<typeof indexPassages> {
  let index = passageIndexes.get(source.id);
  if (!index) passageIndexes.set(source.id, (index = indexPassages(source.data.blocks)));
  return index;
}

/** A passage of a source, with the URL that lands on it. */
export async function getPassage(sourceId: string, passageId: string) {
  const source = await getSource(sourceId);
  const passage = passagesOf(source).get(passageId);
  if (!passage) {
    throw new Error(
      `no passage "${passageId}" in source "${sourceId}"; expected a paragraph (p1…) or sentence (s1…) id`,
    );
  }
  return { source, passage, href: passagePath(sourceId, passageId) };
}

/** Minutes to read an article, counting the source text its components show. */
export async function getReadingMinutes(article: Article): Promise<number> {
  const sources = await publishedSourcesById();
  const body = article.body ?? '';
  const refs = findComponentRefs(body).filter((r) => r.component === 'Cite' || r.component === 'SourceText');
  const words = articleWords(
    body,
    refs,
    (ref) => {
      const source = sources.get(ref.attributes['source'] ?? article.data.sources[0]!);
      if (!source) return '';
      if (ref.component === 'SourceText') return source.data.body;
      return passagesOf(source).get(ref.attributes['passage'] ?? '')?.text ?? '';
    },
    quotedWords,
  );
  return readingMinutes(words);
}

// Articles quote the same source passages again and again: each passage's words are counted once per build.
const quotedCounts = new Map<string, number>();
function quotedWords(text: string): number {
  let words = quotedCounts.get(text);
  if (words === undefined) quotedCounts.set(text, (words = countWords(text)));
  return words;
}

let related: Promise<(article: Article) => Article[]> | undefined;

/** The articles offered after this one (lib/related.ts), from one index of every published article built once per build. */
export async function getRelatedArticles(article: Article): Promise<Article[]> {
  related ??= Promise.all([getArticles(), getStoryIndex()]).then(([all, { index }]) =>
    relatedIndex(all, (id) => index.article.get(id)),
  );
  return (await related)(article);
}

/** A story's published articles, newest first, and the published sources they are built from. */
export function getStoryContent(storyId: string): Promise<{ articles: Article[]; sources: Source[] }> {
  // Asked for by each of a story's pages: worked out once per story.
  let content = storyContents.get(storyId);
  if (!content) {
    content = Promise.all([getStoryIndex(), getArticles(), getSources()]).then(([{ index }, articles, sources]) => ({
      articles: articles.filter((a) => index.article.get(a.id) === storyId),
      sources: sources.filter((s) => (index.source.get(s.id) ?? []).includes(storyId)),
    }));
    storyContents.set(storyId, content);
  }
  return content;
}
const storyContents = new Map<string, Promise<{ articles: Article[]; sources: Source[] }>>();

/** The stories readers see: published, with at least one published article. Each has its pages and feed. */
export async function getPublishedStories(): Promise<Story[]> {
  const [stories, { index }, articles] = await Promise.all([getStories(), getStoryIndex(), getArticles()]);
  const told = new Set(articles.map((a) => index.article.get(a.id)));
  return stories.filter((s) => told.has(s.id));
}
