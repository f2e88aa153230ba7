/**
 * The Russian edition's content as it stands, checked with the same pure functions the build will run once
 * the /ru/ pages are wired: the translation of the source, the Russian articles against their originals, the
 * timeline, the context facts, the topics and the story. Until then this test is what fails on a changed
 * source or a missing translation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { findComponentRefs } from '../../src/lib/content-checks';
import { checkEvidence, parseBody } from '../../src/lib/evidence';
import { indexPassages, sourceParts, splitPassages } from '../../src/lib/passages';
import { articleSchema, contextFactSchema, storySchema, timelineEventSchema, topicSchema } from '../../src/lib/schemas';
import { checkTranslatedArticle, type ArticleForParity } from '../../src/lib/translated-articles';
import {
  checkEntryTranslations,
  checkSourceTranslation,
  checkStoryTranslations,
  entryTranslationFileSchema,
  parseSourceTranslation,
  translatedPassages,
  type NeededPassage,
} from '../../src/lib/translations';

const read = (file: string) => readFileSync(file, 'utf8');
const json = (file: string) => JSON.parse(read(file));

const SOURCE_ID = 'kazakhstan-diplomatic-balance-gaza-ceasefire';
const meta = json(`content/sources/${SOURCE_ID}.json`);
const { headline, body } = sourceParts(read(`content/sources/${SOURCE_ID}.txt`));
const blocks = splitPassages(body, meta.structure, meta.language);
const source = { id: SOURCE_ID, sha256: meta.sha256, headline, blocks };
const passageIds = new Set(indexPassages(blocks).keys());
const facts = (json('content/context/facts.json') as unknown[]).map((f) => contextFactSchema.parse(f));

/** An MDX file's frontmatter, body and the line its body starts on. */
function mdx(file: string) {
  const text = read(file);
  const end = text.indexOf('\n---\n', 4);
  const firstLine = text.slice(0, end + 5).split('\n').length;
  return { data: articleSchema.parse(parseYaml(text.slice(4, end))), body: text.slice(end + 5), firstLine };
}

const RU_ARTICLES = readdirSync('content/articles/ru').filter((f) => f.endsWith('.mdx'));
const russian = RU_ARTICLES.map((name) => ({
  file: `content/articles/ru/${name}`,
  id: name.replace(/\.mdx$/, ''),
  ...mdx(`content/articles/ru/${name}`),
}));

const forParity = (a: (typeof russian)[number]): ArticleForParity => ({
  file: a.file,
  id: a.id,
  body: a.body,
  format: a.data.format,
  sources: a.data.sources,
  topics: a.data.topics,
  translationOf: a.data.translationOf,
  firstLine: a.firstLine,
  prose: { title: a.data.title, dek: a.data.dek, description: a.data.description },
});

describe('the Russian articles', () => {
  it('are the explainer and the key facts', () => {
    expect(RU_ARTICLES.sort()).toEqual([
      'kazakhstan-gaza-ceasefire-explained.mdx',
      'kazakhstan-gaza-ceasefire-key-facts.mdx',
    ]);
  });

  it.each(russian.map((a) => [a.file, a] as const))('%s carries exactly the evidence of its original', (_, article) => {
    expect(article.data.lang).toBe('ru');
    const file = `content/articles/${article.data.translationOf}.mdx`;
    const original = mdx(file);
    expect(original.data.lang).toBeUndefined();
    expect(
      checkTranslatedArticle(forParity(article), forParity({ file, id: article.data.translationOf!, ...original })),
    ).toEqual([]);
  });

  it.each(russian.map((a) => [a.file, a] as const))('%s names only passages and facts that exist', (_, article) => {
    const known = { sources: new Map([[SOURCE_ID, passageIds]]), contextFacts: new Set(facts.map((f) => f.id)) };
    const input = {
      file: article.file,
      format: article.data.format,
      body: article.body,
      sources: article.data.sources,
      lineOffset: article.firstLine - 1,
    };
    expect(checkEvidence(input, known)).toEqual([]);
  });
});

describe('the translation of the source', () => {
  const file = `content/translations/ru/${SOURCE_ID}.json`;
  const { translation, errors } = parseSourceTranslation(file, json(file));

  it('is a valid file, marked as ours', () => {
    expect(errors).toEqual([]);
    expect(translation!.translatedBy).toBe('Редакция Multivector');
  });

  it('translates every passage of the source as it is now, and everything the Russian articles quote or rest on', () => {
    const needed: NeededPassage[] = russian.flatMap((a) => [
      ...findComponentRefs(a.body)
        .filter((r) => r.component === 'Cite')
        .map((r) => ({
          passage: r.attributes['passage']!,
          words: r.attributes['words'],
          by: `${a.file}:${r.line + a.firstLine - 1}: <Cite>`,
        })),
      ...parseBody(a.body, SOURCE_ID, a.firstLine - 1).markers.flatMap((m) =>
        m.passages.map((passage) => ({ passage, by: `${a.file}:${m.line}: <Evidence>` })),
      ),
    ]);
    expect(needed.length).toBeGreaterThan(50);
    expect(checkSourceTranslation(file, translation!, source, { needed })).toEqual([]);
  });

  it('stops where the source stops, marked the same way', () => {
    const passages = translatedPassages(translation!, blocks);
    expect(passages.get('s26')).toMatchObject({ original: 'At that time, 76...', translation: 'В то время 76...' });
    expect(passages.get('p13')!.translation.endsWith('76...')).toBe(true);
  });

  it('quotes in «ёлочки», never in English or straight quotation marks', () => {
    const texts = [
      translation!.headline.translation,
      ...Object.values(translation!.passages).flatMap((p) => [p.translation, ...Object.values(p.phrases)]),
    ];
    expect(texts.filter((t) => /["“”]/.test(t))).toEqual([]);
  });
});

describe('the rest of the edition, translated by entry', () => {
  const entries = (file: string, field: string, extra = {}) => {
    const parsed = entryTranslationFileSchema(field, extra).parse(json(file));
    expect(parsed['translatedBy']).toBe('Редакция Multivector');
    return parsed[field] as Record<string, Record<string, unknown>>;
  };

  it('translates every published timeline event: headline, summary and any date note', () => {
    const events = (json('content/timeline/events.json') as unknown[])
      .map((e) => timelineEventSchema.parse(e))
      .filter((e) => !e.draft);
    const originals = new Map(
      events.map((e) => [e.id, { headline: e.headline, summary: e.summary, dateNote: e.dateNote }]),
    );
    const limits = { headline: { min: 5, max: 120 }, summary: { min: 10, max: 400 }, dateNote: { min: 5 } };
    const file = 'content/translations/ru/timeline.json';
    expect(
      checkEntryTranslations(file, { what: 'event', field: 'events', limits }, entries(file, 'events'), originals),
    ).toEqual([]);
  });

  it('translates every context fact, and names only publishers that are cited', () => {
    const file = 'content/translations/ru/context.json';
    const originals = new Map(facts.map((f) => [f.id, { fact: f.fact }]));
    const translated = entries(file, 'facts', { publishers: z.record(z.string(), z.string().min(2)) });
    const limits = { fact: { min: 20 } };
    expect(
      checkEntryTranslations(file, { what: 'context fact', field: 'facts', limits }, translated, originals),
    ).toEqual([]);
    const publishers = Object.keys(json(file).publishers);
    const cited = new Set(facts.flatMap((f) => f.citations.map((c) => c.publisher)));
    expect(publishers.filter((p) => !cited.has(p))).toEqual([]);
  });

  it('translates every topic, within the lengths a card and a preview show', () => {
    const topics = (json('content/topics.json') as unknown[]).map((t) => topicSchema.parse(t));
    const file = 'content/translations/ru/topics.json';
    const originals = new Map(topics.map((t) => [t.id, { name: t.name, description: t.description }]));
    const limits = { name: { min: 2, max: 48 }, description: { min: 20, max: 200 } };
    expect(
      checkEntryTranslations(file, { what: 'topic', field: 'topics', limits }, entries(file, 'topics'), originals),
    ).toEqual([]);
  });

  it('translates every story and its tracks', () => {
    const stories = readdirSync('content/stories').map(
      (name) => [name.replace(/\.json$/, ''), storySchema.parse(json(`content/stories/${name}`))] as const,
    );
    const originals = new Map(
      stories.map(([id, s]) => [
        id,
        {
          fields: { title: s.title, standfirst: s.standfirst, description: s.description },
          tracks: new Map(s.tracks.map((t) => [t.id, { label: t.label, description: t.description }])),
        },
      ]),
    );
    const file = 'content/translations/ru/stories.json';
    expect(checkStoryTranslations(file, entries(file, 'stories'), originals)).toEqual([]);
  });
});
