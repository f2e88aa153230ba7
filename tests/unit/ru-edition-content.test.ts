/**
 * The Russian edition's content as it stands, checked whole (src/lib/edition-content.ts) against the English
 * it translates: the translation of the source, the Russian articles against their originals, the timeline,
 * the context facts, the topics and the story. Until the /ru/ pages are wired into the build, this is what
 * fails on a changed source or a missing translation.
 */
import { describe, expect, it } from 'vitest';
import { readEditionFiles, readEnglishContent } from '../../src/data/edition-files';
import { checkEditionContent } from '../../src/lib/edition-content';
import { indexPassages } from '../../src/lib/passages';

const english = readEnglishContent();
const files = readEditionFiles('ru');
const { errors, content } = checkEditionContent(english, files);
const SOURCE = 'kazakhstan-diplomatic-balance-gaza-ceasefire';

describe('the Russian edition', () => {
  it('stands: every translation keyed to what it translates, every article with its original’s evidence', () => {
    expect(errors).toEqual([]);
  });

  it('has the explainer and the key facts, each translating the English article of the same name', () => {
    expect(files.articles.map((a) => [a.id, a.translationOf])).toEqual([
      ['kazakhstan-gaza-ceasefire-explained', 'kazakhstan-gaza-ceasefire-explained'],
      ['kazakhstan-gaza-ceasefire-key-facts', 'kazakhstan-gaza-ceasefire-key-facts'],
    ]);
  });

  it('translates every passage of the source, marked as ours, and stops where the source stops', () => {
    const passages = content.passages.get(SOURCE)!;
    const source = english.sources.find((s) => s.id === SOURCE)!;
    expect([...indexPassages(source.blocks).keys()].filter((id) => !passages.has(id))).toEqual([]);
    expect(content.sources.get(SOURCE)).toEqual({
      headline: 'Казахстан сохраняет дипломатический баланс после прекращения огня в Газе',
      translatedBy: 'Редакция Multivector',
    });
    expect(passages.get('s26')).toMatchObject({ original: 'At that time, 76...', translation: 'В то время 76...' });
    expect(passages.get('p13')!.translation.endsWith('76...')).toBe(true);
  });

  it('quotes in «ёлочки», never in English or straight quotation marks', () => {
    const texts = [
      ...[...content.passages.get(SOURCE)!.values()].flatMap((p) => [p.translation, ...Object.values(p.phrases)]),
      ...[...content.events.values()].flatMap((e) => Object.values(e)),
      ...[...content.facts.values()].map((f) => f.fact),
      ...[...content.topics.values()].flatMap((t) => [t.name, t.description]),
      ...files.articles.flatMap((a) => [a.body.replace(/<[^>]*>/g, ''), ...Object.values(a.prose ?? {})]),
    ];
    expect(texts.filter((t) => /["“”]/.test(t))).toEqual([]);
  });

  it('translates every published timeline event, context fact, topic and the story, by id', () => {
    expect(content.events.size).toBe(english.events.filter((e) => !e.draft).length);
    expect(content.facts.size).toBe(english.facts.length);
    expect([...content.topics.keys()].sort()).toEqual(english.topics.map((t) => t.id).sort());
    expect(content.stories.get('kazakhstan-gaza-ceasefire')!.tracks['ceasefire']!.label).toBe(
      'Газа: война и прекращение огня',
    );
    expect(content.publishers.get('UNN, citing Reuters')).toBe('UNN со ссылкой на Reuters');
  });
});
