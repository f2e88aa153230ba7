/**
 * One edition's translated content, checked whole against the English it translates, and the lookups its
 * pages need: the source passage by passage (with the original beside each translation), the timeline's
 * events, the context facts, publishers' names, topics and stories, each by id. Every problem in any of it
 * is returned at once, so the build can fail with the full list (src/data/edition.ts throws it).
 *
 * Pure: the English content and the edition's parsed files in; messages and maps out. Reading the files is
 * src/data/edition-files.ts's.
 */
import { checkArticle, findComponentRefs } from './content-checks.ts';
import { checkEvidence, parseBody } from './evidence.ts';
import { indexPassages } from './passages.ts';
import type { StoryData, TimelineEvent } from './schemas.ts';
import { checkTranslatedArticle, type ArticleForParity } from './translated-articles.ts';
import {
  checkEntryTranslations,
  checkSourceTranslation,
  checkStoryTranslations,
  entryTranslationFileSchema,
  parseSourceTranslation,
  translatedPassages,
  type NeededPassage,
  type SourceForTranslation,
  type TranslatedPassage,
} from './translations.ts';
import { describeIssues } from './schemas.ts';
import { z } from 'astro/zod';

/** What the edition translates: the English content, as the collections hold it. */
export interface EnglishContent {
  sources: readonly SourceForTranslation[];
  /** The English articles, by id. */
  articles: ReadonlyMap<string, ArticleForParity>;
  /** Every timeline event; drafts are left out of what must be translated. */
  events: readonly TimelineEvent[];
  facts: readonly { id: string; fact: string; citations: readonly { publisher: string }[] }[];
  topics: readonly { id: string; name: string; description: string }[];
  stories: readonly {
    id: string;
    data: Pick<StoryData, 'title' | 'standfirst' | 'description' | 'timelineTitle' | 'timelineDescription' | 'tracks'>;
  }[];
}

/** A file of the edition, as read: its path (for messages) and its parsed JSON. */
export interface EditionFile {
  file: string;
  json: unknown;
}

/** The edition's files: content/translations/<lang>/ and content/articles/<lang>/. */
export interface EditionFiles {
  lang: string;
  /** <source-id>.json, one per translated source. */
  sources: readonly EditionFile[];
  timeline?: EditionFile | undefined;
  context?: EditionFile | undefined;
  topics?: EditionFile | undefined;
  stories?: EditionFile | undefined;
  /** The edition's articles, their frontmatter already read (and its problems listed). */
  articles: readonly (ArticleForParity & { problems?: readonly string[] })[];
}

/** An edition's translated content, ready for its pages. */
export interface EditionContent {
  /** Source id → its passages by id, each with the original and our translation. */
  passages: Map<string, Map<string, TranslatedPassage>>;
  /** Source id → its translated headline and who translated it. */
  sources: Map<string, { headline: string; translatedBy: string }>;
  events: Map<string, { headline: string; summary: string; dateNote?: string }>;
  facts: Map<string, { fact: string }>;
  /** A publisher's name as this edition prints it, where it has words to translate ("UNN, citing Reuters"). */
  publishers: Map<string, string>;
  topics: Map<string, { name: string; description: string }>;
  stories: Map<
    string,
    {
      title: string;
      standfirst: string;
      description: string;
      timelineTitle: string;
      timelineDescription: string;
      tracks: Record<string, { label: string; description: string }>;
    }
  >;
}

const strings = (value: Record<string, unknown>) => value as Record<string, string>;

/** What the edition's articles show in translation, for the source checks to name them. */
function neededPassages(articles: EditionFiles['articles']): Map<string, NeededPassage[]> {
  const needed = new Map<string, NeededPassage[]>();
  const add = (source: string, need: NeededPassage) => needed.set(source, [...(needed.get(source) ?? []), need]);
  for (const a of articles) {
    const offset = (a.firstLine ?? 1) - 1;
    const defaultSource = a.sources[0] ?? '';
    for (const ref of findComponentRefs(a.body)) {
      if (ref.component !== 'Cite' || !ref.attributes['passage']) continue;
      add(ref.attributes['source'] ?? defaultSource, {
        passage: ref.attributes['passage'],
        words: ref.attributes['words'],
        by: `${a.file}:${ref.line + offset}: <Cite passage="${ref.attributes['passage']}">`,
      });
    }
    for (const m of parseBody(a.body, defaultSource, offset).markers) {
      for (const passage of m.passages)
        add(m.source, { passage, by: `${a.file}:${m.line}: <Evidence passage="${passage}">` });
    }
  }
  return needed;
}

/**
 * Every problem with the edition's content, and its lookups. Each source an article of the edition names
 * must be translated in full (the translated source page shows every passage); the timeline, context facts,
 * topics and stories must each have their file, with every published entry translated.
 */
export function checkEditionContent(
  english: EnglishContent,
  files: EditionFiles,
): { errors: string[]; content: EditionContent } {
  const errors: string[] = [];
  const content: EditionContent = {
    passages: new Map(),
    sources: new Map(),
    events: new Map(),
    facts: new Map(),
    publishers: new Map(),
    topics: new Map(),
    stories: new Map(),
  };
  const folder = `content/translations/${files.lang}`;

  // Articles: the checks every English article has (topics, sources, passages, evidence in each paragraph),
  // then filed like their originals, resting on exactly their evidence.
  const known = {
    topics: new Set(english.topics.map((t) => t.id)),
    sources: new Map(english.sources.map((s) => [s.id, new Set(indexPassages(s.blocks).keys())])),
    contextFacts: new Set(english.facts.map((f) => f.id)),
  };
  for (const article of files.articles) {
    errors.push(...(article.problems ?? []));
    if (article.problems?.length) continue;
    const input = {
      file: article.file,
      body: article.body,
      topics: [...article.topics],
      sources: [...article.sources],
    };
    errors.push(
      ...checkArticle({ ...input, firstLine: article.firstLine ?? 1 }, known),
      ...checkEvidence({ ...input, format: article.format, lineOffset: (article.firstLine ?? 1) - 1 }, known),
      ...checkTranslatedArticle(article, english.articles.get(article.translationOf ?? '')),
    );
  }

  // Sources: every one an article names, in full.
  const needed = neededPassages(files.articles);
  const named = new Set([...files.articles.flatMap((a) => a.sources), ...needed.keys()]);
  const byId = new Map(english.sources.map((s) => [s.id, s]));
  const translated = new Map(
    files.sources.map((f) => [
      f.file
        .split('/')
        .pop()!
        .replace(/\.json$/, ''),
      f,
    ]),
  );
  for (const [id, f] of translated) {
    const source = byId.get(id);
    if (!source) {
      errors.push(
        `${f.file}: no source "${id}" in content/sources/; expected a file named for the source it translates`,
      );
      continue;
    }
    const { translation, errors: invalid } = parseSourceTranslation(f.file, f.json);
    errors.push(...invalid);
    if (!translation) continue;
    errors.push(...checkSourceTranslation(f.file, translation, source, { needed: needed.get(id) ?? [] }));
    content.passages.set(id, translatedPassages(translation, source.blocks));
    content.sources.set(id, { headline: translation.headline.translation, translatedBy: translation.translatedBy });
  }
  for (const id of [...named].filter((s) => byId.has(s) && !translated.has(s)).sort()) {
    errors.push(
      `${folder}/${id}.json: missing; expected our translation of source "${id}", which ${files.articles.find((a) => a.sources.includes(id))?.file ?? 'an article of this edition'} names`,
    );
  }

  // Entries by id, each file with its key.
  const entries = (f: EditionFile | undefined, name: string, field: string, extra: Record<string, z.ZodType> = {}) => {
    if (!f) {
      errors.push(
        `${folder}/${name}: missing; expected { "language": "${files.lang}", "translatedBy": …, "${field}": { … } }`,
      );
      return undefined;
    }
    const parsed = entryTranslationFileSchema(field, extra).safeParse(f.json);
    if (!parsed.success) {
      errors.push(...describeIssues(f.file, parsed.error).split('\n'));
      return undefined;
    }
    return parsed.data as Record<string, unknown>;
  };

  const timeline = entries(files.timeline, 'timeline.json', 'events');
  if (timeline) {
    const events = timeline['events'] as Record<string, Record<string, unknown>>;
    const originals = new Map(
      english.events
        .filter((e) => !e.draft)
        .map((e) => [e.id, { headline: e.headline, summary: e.summary, dateNote: e.dateNote }]),
    );
    const limits = { headline: { min: 5, max: 120 }, summary: { min: 10, max: 400 }, dateNote: { min: 5 } };
    errors.push(
      ...checkEntryTranslations(files.timeline!.file, { what: 'event', field: 'events', limits }, events, originals),
    );
    for (const [id, e] of Object.entries(events)) content.events.set(id, strings(e) as never);
  }

  const context = entries(files.context, 'context.json', 'facts', {
    publishers: z.record(z.string(), z.string().trim().min(2)).default({}),
  });
  if (context) {
    const facts = context['facts'] as Record<string, Record<string, unknown>>;
    const originals = new Map(english.facts.map((f) => [f.id, { fact: f.fact }]));
    errors.push(
      ...checkEntryTranslations(
        files.context!.file,
        { what: 'context fact', field: 'facts', limits: { fact: { min: 20 } } },
        facts,
        originals,
      ),
    );
    const cited = new Set(english.facts.flatMap((f) => f.citations.map((c) => c.publisher)));
    for (const [name, translatedName] of Object.entries(context['publishers'] as Record<string, string>)) {
      if (!cited.has(name)) {
        errors.push(
          `${files.context!.file}: publishers["${name}"]: no context fact cites a publisher of that name; expected one as content/context/facts.json writes it`,
        );
      }
      content.publishers.set(name, translatedName);
    }
    for (const [id, f] of Object.entries(facts)) content.facts.set(id, strings(f) as never);
  }

  const topics = entries(files.topics, 'topics.json', 'topics');
  if (topics) {
    const translatedTopics = topics['topics'] as Record<string, Record<string, unknown>>;
    const originals = new Map(english.topics.map((t) => [t.id, { name: t.name, description: t.description }]));
    const limits = { name: { min: 2, max: 48 }, description: { min: 20, max: 200 } };
    errors.push(
      ...checkEntryTranslations(
        files.topics!.file,
        { what: 'topic', field: 'topics', limits },
        translatedTopics,
        originals,
      ),
    );
    for (const [id, t] of Object.entries(translatedTopics)) content.topics.set(id, strings(t) as never);
  }

  const stories = entries(files.stories, 'stories.json', 'stories');
  if (stories) {
    const translatedStories = stories['stories'] as Record<string, Record<string, unknown>>;
    const originals = new Map(
      english.stories.map(({ id, data }) => [
        id,
        {
          fields: {
            title: data.title,
            standfirst: data.standfirst,
            description: data.description,
            timelineTitle: data.timelineTitle,
            timelineDescription: data.timelineDescription,
          },
          tracks: new Map(data.tracks.map((t) => [t.id, { label: t.label, description: t.description }])),
        },
      ]),
    );
    errors.push(...checkStoryTranslations(files.stories!.file, translatedStories, originals));
    for (const [id, s] of Object.entries(translatedStories)) content.stories.set(id, s as never);
  }
  return { errors, content };
}
