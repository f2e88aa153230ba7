/**
 * Every problem with the content, from the files alone, all at once: what `npm run check:content`
 * prints in a second or two, where Astro's build stops at the first collection that fails (a failed
 * build prints this list too: scripts/build.ts).
 *
 * Files are read by src/lib/content-files.ts (as the build's loaders read them), then each check of
 * CONTENT_CHECKS runs over what loaded. The checks are the build's own functions (content-checks.ts,
 * evidence.ts, citation-lock.ts, timeline.ts…), so the two never disagree. Pure: file paths and bytes
 * in, problems out.
 */
import { visible } from './characters.ts';
import { checkCitations, citationsOf, LOCK_FILE, parseLock, type CitationLock } from './citation-lock.ts';
import {
  frontmatterFieldLine,
  readArticle,
  readJsonEntries,
  readSource,
  readStoryFile,
  readTimelineFile,
  type ArticleFile,
  type LocatedTimelineEvent,
  type SourceDocument,
  type TimelineFile,
} from './content-files.ts';
import { checkLinks, sitePages } from './content-links.ts';
import { checkArticle, checkQuotedWords, findComponentRefs, type KnownContent } from './content-checks.ts';
import { articleFileProblem } from './content-ids.ts';
import { checkEvidence } from './evidence.ts';
import { lineOfPath, parseJsonText } from './json-text.ts';
import { indexPassages } from './passages.ts';
import { articlePlaceholders, placeholderFields, placeholderFix } from './placeholders.ts';
import { contextFactSchema, topicSchema, type StoryData } from './schemas.ts';
import { checkStoryTimelines, indexStories, timelineFileOf, unpublishedItems } from './stories.ts';

/** A file of content/, by its path from the project root ("content/topics.json"). */
export interface ContentFile {
  path: string;
  bytes: Uint8Array;
}

/** Everything that loaded, for the checks to read. */
export interface Content {
  /** Every file's text, by path: for line numbers. */
  texts: ReadonlyMap<string, string>;
  articles: ArticleFile[];
  sources: SourceDocument[];
  topics: { id: string; data: { name: string } }[];
  contextFacts: { id: string; data: { date: string; track: string } }[];
  events: LocatedTimelineEvent[];
  stories: { id: string; file: string; data: StoryData }[];
  lock: CitationLock;
  /** What exists but did not load: checks leave out what follows from that alone (an "unknown source"). */
  unloaded: Unloaded;
}

export interface Unloaded {
  /** Ids of entries that exist in their files but did not pass their schema. */
  sources: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  contextFacts: ReadonlySet<string>;
  events: ReadonlySet<string>;
  /** Context facts that events which did not load name. */
  factsOfEvents: ReadonlySet<string>;
  /** The whole file could not be read: every id in it is unknown. */
  topicsFile: boolean;
  contextFactsFile: boolean;
}

/** One check over the loaded content: a line per problem, "<file>[:<line>]: …". */
export interface ContentCheck {
  name: string;
  run: (content: Content) => string[];
}

const decoder = new TextDecoder();
const TOPICS = 'content/topics.json';
const FACTS = 'content/context/facts.json';

/** The content of these files, and every problem reading them: syntax, schemas, ids, characters, pinned texts. */
export function readContent(files: readonly ContentFile[]): { content: Content; problems: string[] } {
  const byPath = new Map(files.map((f) => [f.path, f.bytes]));
  const texts = new Map<string, string>();
  const text = (path: string) => {
    let t = texts.get(path);
    if (t === undefined) texts.set(path, (t = decoder.decode(byPath.get(path))));
    return t;
  };
  const problems: string[] = [];
  const under = (folder: string, ext: string) =>
    files
      .map((f) => f.path)
      .filter((p) => p.startsWith(folder) && p.endsWith(ext))
      .sort();

  const articles: ArticleFile[] = [];
  for (const path of under('content/articles/', '')) {
    const name = path.slice('content/articles/'.length);
    if (name.split('/').some((part) => part.startsWith('.'))) continue;
    const misnamed = articleFileProblem(name);
    if (misnamed) problems.push(`${visible(path)}: ${misnamed}`);
    // Only .mdx files directly in the folder are articles (the loader's glob); the rest are named above, or not ours.
    if (misnamed || !name.endsWith('.mdx') || name.includes('/')) continue;
    const article = readArticle(path, text(path));
    problems.push(...article.problems);
    articles.push(article);
  }

  const sources: SourceDocument[] = [];
  const unloadedSources = new Set<string>();
  for (const path of under('content/sources/', '.json')) {
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    const read = readSource({ metaFile: path, metaText: text(path), textBytes: (name) => byPath.get(dir + name) });
    problems.push(...read.problems);
    if (read.source) sources.push(read.source);
    else unloadedSources.add(path.slice(dir.length).replace(/\.json$/, ''));
  }

  const entries = <T extends { id: string }>(
    path: string,
    what: string,
    schema: Parameters<typeof readJsonEntries<T>>[3],
  ) => {
    if (!byPath.has(path)) {
      problems.push(`${path}: missing; expected an array of ${what} entries`);
      return { entries: [], unloaded: [], broken: true };
    }
    const read = readJsonEntries(path, text(path), what, schema);
    problems.push(...read.problems);
    return { ...read, broken: read.entries.length === 0 && read.problems.length > 0 };
  };
  const topics = entries(TOPICS, 'topic', topicSchema);
  const facts = entries(FACTS, 'context fact', contextFactSchema);

  const events: LocatedTimelineEvent[] = [];
  const unloadedEvents: TimelineFile['unloaded'] = [];
  for (const path of under('content/timeline/', '.json')) {
    const read = readTimelineFile(path, text(path));
    problems.push(...read.problems);
    events.push(...read.events);
    unloadedEvents.push(...read.unloaded);
  }

  const stories: Content['stories'] = [];
  for (const path of under('content/stories/', '.json')) {
    const read = readStoryFile(path, text(path));
    problems.push(...read.problems);
    if (read.data)
      stories.push({ id: path.slice('content/stories/'.length, -'.json'.length), file: path, data: read.data });
  }

  let lock: CitationLock = {};
  if (byPath.has(LOCK_FILE)) {
    try {
      lock = parseLock(parseJsonText(text(LOCK_FILE), LOCK_FILE));
    } catch (e) {
      problems.push((e as Error).message);
    }
  }

  return {
    content: {
      texts,
      articles,
      sources,
      topics: topics.entries,
      contextFacts: facts.entries,
      events,
      stories,
      lock,
      unloaded: {
        sources: unloadedSources,
        topics: new Set(topics.unloaded),
        contextFacts: new Set(facts.unloaded),
        events: new Set(unloadedEvents.flatMap((e) => e.id ?? [])),
        factsOfEvents: new Set(unloadedEvents.flatMap((e) => e.facts)),
        topicsFile: topics.broken,
        contextFactsFile: facts.broken,
      },
    },
    problems,
  };
}

// ——— what the site will publish ———

/** Articles whose fields could be read, and those of them that are published. */
const readable = (content: Content) => content.articles.filter((a) => a.fields);
// An article of a draft story is unpublished with it, whatever its own `draft` says (src/data/stories.ts).
const published = (content: Content) => {
  const drafted = new Set(content.stories.filter((s) => s.data.draft).flatMap((s) => s.data.articles));
  return readable(content).filter((a) => !a.fields!.draft && !drafted.has(a.id));
};

/** Sources a published article names, in its frontmatter or a <Cite>/<SourceText>: those get a page (src/data/content.ts). */
function publishedSources(content: Content): Set<string> {
  return new Set(
    published(content).flatMap((a) => {
      let refs: ReturnType<typeof findComponentRefs> = [];
      try {
        refs = findComponentRefs(a.body);
      } catch {
        // an unreadable body is reported by the reference check
      }
      return [...a.fields!.sources, ...refs.flatMap((r) => r.attributes['source'] ?? [])];
    }),
  );
}

const passageIds = (source: SourceDocument) => new Set(indexPassages(source.blocks).keys());
const passageTexts = (content: Content) =>
  new Map(content.sources.map((s) => [s.id, new Map([...indexPassages(s.blocks)].map(([id, p]) => [id, p.text]))]));

// Asked for by every article's checks: worked out once per content.
const knownOf = new WeakMap<Content, KnownContent>();
function known(content: Content): KnownContent {
  let k = knownOf.get(content);
  if (!k) {
    k = {
      topics: new Set(content.topics.map((t) => t.id)),
      sources: new Map(content.sources.map((s) => [s.id, passageIds(s)])),
      contextFacts: new Set(content.contextFacts.map((f) => f.id)),
    };
    knownOf.set(content, k);
  }
  return k;
}

const articleInput = (a: ArticleFile) => ({
  file: a.file,
  topics: a.fields!.topics,
  sources: a.fields!.sources,
  body: a.body,
  firstLine: a.firstLine,
});

// ——— the checks ———

/** Published articles' placeholders, each at its line; and the string fields of published events and stories. */
function placeholders(content: Content): string[] {
  const problems: string[] = [];
  for (const a of published(content)) problems.push(...articlePlaceholders(a.file, content.texts.get(a.file) ?? ''));
  for (const { file, event } of content.events.filter((e) => !e.event.draft)) {
    for (const p of placeholderFields(event))
      problems.push(`${file}: event "${event.id}": ${p.field}: ${placeholderFix(p.words)}`);
  }
  for (const story of content.stories.filter((s) => !s.data.draft)) {
    for (const p of placeholderFields(story.data))
      problems.push(`${story.file}: ${p.field}: ${placeholderFix(p.words)}`);
  }
  return problems;
}

/** A site with nothing published has nothing to show (src/data/content.ts refuses to build it). */
function drafts(content: Content): string[] {
  if (content.articles.length === 0)
    return ['content/articles/: no articles; expected at least one .mdx file (see "Adding an article" in README.md)'];
  if (published(content).length === 0 && content.articles.every((a) => a.fields)) {
    return [
      `content/articles/: every article is a draft (${content.articles.length} of them), so the site would have nothing to show; set draft: false in the frontmatter of one to publish it`,
    ];
  }
  return [];
}

function links(content: Content): string[] {
  const site = sitePages({
    articles: readable(content).map((a) => ({ id: a.id, draft: a.fields!.draft })),
    sources: content.sources.map((s) => ({ id: s.id, ids: passageIds(s) })),
    publishedSources: publishedSources(content),
    topics: content.topics.map((t) => t.id),
    contextFacts: content.contextFacts.map((f) => f.id),
    events: content.events.map((e) => e.event),
  });
  return published(content).flatMap((a) => checkLinks(a, site));
}

/**
 * Which story each article, source, timeline file and fact belongs to, then each story's timeline on
 * its own: the same functions as the build (src/data/stories.ts, src/data/timeline.ts).
 */
function stories(content: Content): string[] {
  // What exists but did not load is still what a story may list: its own file reports the problem.
  const { index, errors } = indexStories(content.stories, {
    articles: content.articles.map((a) => a.id),
    sources: [...content.sources.map((s) => s.id), ...content.unloaded.sources],
    timelineFiles: new Set(content.events.map((e) => timelineFileOf(e.file))),
    contextFacts: [...content.contextFacts.map((f) => f.id), ...content.unloaded.contextFacts],
    drafts: unpublishedItems({
      articles: readable(content).map((a) => ({ id: a.id, draft: a.fields!.draft })),
      sources: content.sources.map((s) => s.id),
      namedSources: publishedSources(content),
      events: content.events,
    }),
  });
  const timelines = checkStoryTimelines(content.stories, content.events, index, {
    sources: passageTexts(content),
    contextFacts: new Map(content.contextFacts.map((f) => [f.id, { date: f.data.date, track: f.data.track }])),
  });
  // A story file that did not load is reported by itself: what it would have held is not "in no story".
  const storyFiles = [...content.texts.keys()].filter((f) => /(^|\/)content\/stories\/[^/]+\.json$/.test(f));
  const membership =
    storyFiles.length > content.stories.length ? errors.filter((e) => !e.includes(': belongs to no story;')) : errors;
  return [...membership, ...timelines].map(visible);
}

/**
 * The checks, in the order their problems are listed. Each reads only what loaded, so one broken file
 * gives its own problems and no others.
 */
export const CONTENT_CHECKS: ContentCheck[] = [
  {
    name: 'references',
    run: (c) => readable(c).flatMap((a) => checkArticle(articleInput(a), known(c))),
  },
  {
    name: 'quoted words',
    run: (c) => {
      const texts = passageTexts(c);
      return readable(c).flatMap((a) => checkQuotedWords(articleInput(a), texts));
    },
  },
  {
    name: 'evidence',
    run: (c) =>
      readable(c).flatMap((a) =>
        checkEvidence({ ...articleInput(a), format: a.fields!.format, lineOffset: a.firstLine - 1 }, known(c)),
      ),
  },
  {
    name: 'citations',
    run: (c) =>
      checkCitations(
        published(c).flatMap((a) => citationsOf({ ...articleInput(a), id: a.id })),
        passageTexts(c),
        c.lock,
        { requireRecorded: true },
      ).map(visible),
  },
  { name: 'stories and their timelines', run: stories },
  { name: 'drafts', run: drafts },
  { name: 'placeholders', run: placeholders },
  { name: 'links', run: links },
];

// ——— problems, located and listed ———

export interface Problem {
  file: string;
  line?: number;
  /** What is wrong, after the file and line: "title: expected a headline…". */
  text: string;
}

/**
 * A check's line, "<file>[:<line>[:<column>]]: …" or "<file> [2]: …", as a Problem. `files` are the
 * paths there are: a file's name may hold spaces or colons ("Key Facts.mdx").
 */
export function toProblem(message: string, files: ReadonlySet<string> = new Set()): Problem {
  // The longest known path the message opens with, followed by ":" or " "; else its first word.
  let file: string | undefined;
  for (const m of message.slice(0, 400).matchAll(/[: ]/g)) {
    if (files.has(message.slice(0, m.index))) file = message.slice(0, m.index);
  }
  file ??= /^(\S+?)(?=:|\s)/.exec(message)?.[1];
  if (!file) return { file: '(content)', text: message };
  const rest = /^(?::(\d+)(?::\d+)?)?(?::\s|\s)?([^]*)$/.exec(message.slice(file.length))!;
  return { file, ...(rest[1] ? { line: Number(rest[1]) } : {}), text: rest[2]! };
}

const fieldPath = (field: string): (string | number)[] =>
  field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));

// A file with many problems is searched for many ids: parse each text once.
const parsed = new Map<string, unknown>();
const parsedJson = (text: string, file: string) => {
  if (!parsed.has(text)) {
    if (parsed.size > 64) parsed.clear();
    parsed.set(text, parseJsonText(text, file));
  }
  return parsed.get(text);
};

/**
 * The line of a problem its check gave none (checkTimeline names the event and the field, not where they
 * are): found from the file's JSON, by the event's id or the fact's, and the field.
 */
function locate(problem: Problem, content: Content): Problem {
  const text = content.texts.get(problem.file);
  if (problem.line !== undefined || text === undefined) return problem;
  if (problem.file.endsWith('.mdx')) {
    const field = /^([\w.[\]]+): /.exec(problem.text)?.[1];
    const line = field ? frontmatterFieldLine(text, fieldPath(field)) : undefined;
    return line === undefined ? problem : { ...problem, line };
  }
  if (!problem.file.endsWith('.json')) return problem;
  const named = /^(?:event|fact) "([^"]+)": (?:([\w.[\]]+): )?/.exec(problem.text);
  let path: (string | number)[] | undefined;
  if (named) {
    try {
      const list = parsedJson(text, problem.file);
      const index = Array.isArray(list) ? list.findIndex((e: { id?: unknown }) => e?.id === named[1]) : -1;
      if (index !== -1) path = [index, ...(named[2] ? fieldPath(named[2]) : [])];
    } catch {
      return problem;
    }
  } else {
    const field = /^([\w.[\]]+): /.exec(problem.text)?.[1];
    if (field && field !== '(top level)') path = fieldPath(field);
  }
  const line = path ? lineOfPath(text, path) : undefined;
  return line === undefined ? problem : { ...problem, line };
}

/** A problem that only follows from something that did not load, which is reported itself. */
function followsFromUnloaded(problem: Problem, unloaded: Unloaded): boolean {
  const { text } = problem;
  if (unloaded.topicsFile && text.includes('unknown topic "')) return true;
  if (unloaded.contextFactsFile && text.includes('unknown context fact "')) return true;
  const named = (ids: ReadonlySet<string>, before: string, after = '"') =>
    [...ids].some((id) => text.includes(`${before}"${id}${after}`));
  return (
    named(unloaded.topics, 'unknown topic ') ||
    named(unloaded.contextFacts, 'unknown context fact ') ||
    named(unloaded.sources, 'source ') ||
    named(unloaded.events, 'no event has the id ') ||
    named(unloaded.factsOfEvents, 'fact ', '": not on the timeline')
  );
}

/** Every problem of the content, each located where it can be, in file and line order. */
export function checkContent(
  files: readonly ContentFile[],
  checks: readonly ContentCheck[] = CONTENT_CHECKS,
): Problem[] {
  const { content, problems } = readContent(files);
  const paths = new Set(files.map((f) => f.path));
  const located = (message: string) => toProblem(message, paths);
  const fromChecks = checks.flatMap((check) => check.run(content)).map(located);
  const all = [...problems.map(located), ...fromChecks.filter((p) => !followsFromUnloaded(p, content.unloaded))].map(
    (p) => locate(p, content),
  );
  const seen = new Set<string>();
  return all
    .filter((p) => {
      const key = `${p.file}\n${p.line}\n${p.text}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** "content/articles/x.mdx:12: title: expected …", one line a problem, as editors' tools link them. */
export const formatProblem = (p: Problem) => `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.text}`;
