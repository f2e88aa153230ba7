import { describe, expect, it } from 'vitest';
import {
  checkEntryTranslations,
  checkSourceTranslation,
  checkStoryTranslations,
  numbersOf,
  parseSourceTranslation,
  translatedPassages,
  type SourceTranslation,
} from '../../src/lib/translations';
import { SOURCE, translationJson } from '../fixtures/translations/fixtures';

const FILE = 'content/translations/ru/atlantis-water-pact.json';

/** The fixture file's JSON, as the tests change it (some changes make it invalid on purpose). */
interface Json {
  source?: string;
  sha256?: string;
  translatedBy?: string;
  notes?: string;
  headline: { original: string; translation: string };
  passages: Record<string, { original: string; translation: string; phrases?: Record<string, string> }>;
}
const fixture = () => translationJson() as unknown as Json;

function parsed(change: (json: Json) => void = () => {}): SourceTranslation {
  const json = fixture();
  change(json);
  const { translation, errors } = parseSourceTranslation(FILE, json);
  expect(errors).toEqual([]);
  return translation!;
}

const check = (translation: SourceTranslation, options?: Parameters<typeof checkSourceTranslation>[3]) =>
  checkSourceTranslation(FILE, translation, SOURCE, options);

describe('a source translation keyed to its source', () => {
  it('passes when every passage is translated from the text as it is now', () => {
    expect(check(parsed())).toEqual([]);
  });

  it('fails when the source has changed since, naming the passages whose words changed', () => {
    const source = {
      ...SOURCE,
      sha256: 'f'.repeat(64),
      blocks: SOURCE.blocks.map((b) =>
        b.kind === 'paragraph'
          ? {
              ...b,
              sentences: b.sentences.map((s) =>
                s.id === 's2' ? { ...s, text: 'The pact covers 14 pumping stations.' } : s,
              ),
            }
          : b,
      ),
    };
    const errors = checkSourceTranslation(FILE, parsed(), source);
    expect(errors[0]).toMatch(
      /^content\/translations\/ru\/atlantis-water-pact\.json: sha256: translated from another text of source "atlantis-water-pact" .*The words of s2 have changed \(below\): translate them again/,
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /passages\.s2\.original: the source's s2 reads "The pact covers 14 pumping stations\.", .*translate s2 again/,
      ),
    );
  });

  it('fails when only the SHA-256 differs, saying no translated words changed', () => {
    const errors = check(parsed((j) => (j.sha256 = '0'.repeat(64))));
    expect(errors).toEqual([
      expect.stringMatching(/sha256: .*No translated passage’s words have changed, check the rest/),
    ]);
  });

  it.each([
    [
      'a sentence the source lacks',
      's9',
      /passages\.s9: no passage "s9" in source "atlantis-water-pact"; expected a sentence \(s1…\) or sub-heading id/,
    ],
    [
      'a paragraph, which is translated through its sentences',
      'p1',
      /passages\.p1: a paragraph is translated through its sentences.*expected "s1", "s2" instead/,
    ],
    ['a heading the source lacks', 'outlook', /passages\.outlook: no passage "outlook"/],
  ])('names an unknown id: %s', (_, id, message) => {
    const errors = check(parsed((j) => (j.passages[id] = { original: 'x', translation: 'y' })));
    expect(errors).toEqual([expect.stringMatching(message)]);
  });

  it('fails when a passage is missing, naming it and its words, since the translated source page shows them all', () => {
    const errors = check(parsed((j) => delete j.passages['s4']));
    expect(errors).toEqual([
      `${FILE}: passages.s4: no translation; expected "s4": { "original": "The Lemurian side may ratify it in March.", "translation": "…" } (the translated source page shows every passage)`,
    ]);
  });

  it('names the article that cites an untranslated passage, even when the file need not be complete', () => {
    const translation = parsed((j) => delete j.passages['s4']);
    const by = 'content/articles/ru/x.mdx:12: <Cite passage="p3">';
    expect(check(translation, { complete: false, needed: [{ passage: 'p3', by }] })).toEqual([
      `${by}: p3 (its sentence s4) has no translation in ${FILE}; expected "s4": { "original": …, "translation": … } there`,
    ]);
    expect(check(translation, { complete: false, needed: [{ passage: 's1', by }] })).toEqual([]);
  });

  it('needs a translation of the words a <Cite words> quotes', () => {
    const by = 'content/articles/ru/x.mdx:14: <Cite passage="s2">';
    expect(check(parsed(), { needed: [{ passage: 's2', words: '12 pumping stations', by }] })).toEqual([
      `${by}: the words "12 pumping stations" have no translation in ${FILE}; expected "phrases": { "12 pumping stations": "…" } under "s2"`,
    ]);
    expect(check(parsed(), { needed: [{ passage: 's3', words: 'a new chapter for the coast', by }] })).toEqual([]);
    expect(check(parsed(), { needed: [{ passage: 'p2', words: 'a new chapter for the coast', by }] })).toEqual([]);
  });

  it.each([
    [
      'a phrase that is not in the passage',
      (j: Json) => (j.passages['s3']!.phrases = { 'a new era': 'новой эрой' }),
      /passages\.s3\.phrases\["a new era"\]: expected words that occur exactly in s3/,
    ],
    [
      'a phrase translated otherwise than in the passage',
      (j: Json) => (j.passages['s3']!.phrases = { 'a new chapter for the coast': 'новая глава для побережья' }),
      /passages\.s3\.phrases\["a new chapter for the coast"\]: its translation "новая глава для побережья" is not in the translation of s3/,
    ],
    [
      'the original as its own translation',
      (j: Json) => (j.passages['s4']!.translation = 'The Lemurian side may ratify it in March.'),
      /passages\.s4\.translation: is the original word for word; expected our translation/,
    ],
    [
      'a year the original does not give',
      (j: Json) =>
        (j.passages['s4']!.translation = 'Лемурийская сторона, возможно, ратифицирует его в марте 2026 года.'),
      /passages\.s4\.translation: gives the numbers \[2026\] where the original gives \[\]; expected the same numbers, no more and no fewer/,
    ],
    [
      'a figure dropped',
      (j: Json) => (j.passages['s2']!.translation = 'Пакт охватывает насосные станции и около 1200 километров труб.'),
      /passages\.s2\.translation: gives the numbers \[1200\] where the original gives \[12, 1200\]/,
    ],
    [
      'a cut-off text completed',
      (j: Json) => (j.passages['s5']!.translation = 'Критики были против.'),
      /passages\.s5\.translation: the original stops mid-sentence, on "\.\.\."; expected the translation to stop there too/,
    ],
    [
      'a headline translated from another headline',
      (j: Json) => (j.headline.original = 'Atlantis Signs a Pact'),
      /headline\.original: the source's headline reads "Atlantis Signs a Water Pact With Lemuria"/,
    ],
    [
      'another source',
      (j: Json) => (j.source = 'lemuria-report'),
      /source: expected "atlantis-water-pact", the source this file translates, found "lemuria-report"/,
    ],
  ])('fails on %s', (_, change, message) => {
    expect(check(parsed(change))).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['no translator', (j: Json) => delete j.translatedBy, /translatedBy: expected who translated it/],
    [
      'an empty translation',
      (j: Json) => (j.passages['s1']!.translation = ' '),
      /passages\.s1\.translation: expected our translation/,
    ],
    ['a field of its own', (j: Json) => (j.notes = 'x'), /: notes: "notes" is not a field of this entry/],
    ['a short SHA-256', (j: Json) => (j.sha256 = 'abc'), /sha256: expected the 64 hex digits/],
  ])('refuses a file with %s, naming the field', (_, change, message) => {
    const json = fixture();
    change(json);
    const { errors } = parseSourceTranslation(FILE, json);
    expect(errors).toEqual([expect.stringMatching(message)]);
    expect(errors[0]!.startsWith(FILE)).toBe(true);
  });
});

describe('translatedPassages', () => {
  const passages = translatedPassages(parsed(), SOURCE.blocks);

  it('gives every sentence and heading, and each paragraph as its sentences joined', () => {
    expect([...passages.keys()]).toEqual(['s1', 's2', 'p1', 's3', 'p2', 'ratification-ahead', 's4', 's5', 'p3']);
    expect(passages.get('p1')).toMatchObject({
      kind: 'paragraph',
      original: SOURCE.blocks[0]!.kind === 'paragraph' ? SOURCE.blocks[0]!.text : '',
      translation:
        'В понедельник Атлантида подписала водный пакт с Лемурией, как сообщается, после двух лет переговоров. Пакт охватывает 12 насосных станций и около 1200 километров труб.',
    });
    expect(passages.get('s3')!.phrases).toEqual({ 'a new chapter for the coast': 'новой главой для побережья' });
  });

  it('leaves out a paragraph with an untranslated sentence', () => {
    const partial = translatedPassages(
      parsed((j) => delete j.passages['s2']),
      SOURCE.blocks,
    );
    expect(partial.has('p1')).toBe(false);
    expect(partial.has('s1')).toBe(true);
  });
});

describe('numbersOf', () => {
  it.each([
    ['exceeded $450 million in 2023', ['450', '2023']],
    ['about 1,968 prisoners', ['1968']],
    ['около 1\u00a0968 заключённых', ['1968']],
    ['около 1968 заключённых', ['1968']],
    ['On October 13, U.S. President', ['13']],
    ['At that time, 76...', ['76']],
    ['a 20-point plan', ['20']],
    ['1,5 процента', ['1,5']],
    ['two years', []],
  ])('%s → %j', (text, numbers) => expect(numbersOf(text)).toEqual(numbers));
});

describe('entries translated by id', () => {
  const originals = new Map([
    [
      'pact-signed',
      { headline: 'Atlantis signs the water pact', summary: 'It covers 12 pumping stations.', dateNote: undefined },
    ],
    [
      'ratification',
      { headline: 'Lemuria may ratify in March', summary: 'An expectation.', dateNote: 'Year inferred: 2026.' },
    ],
  ]);
  const ok = {
    'pact-signed': { headline: 'Атлантида подписывает водный пакт', summary: 'Он охватывает 12 насосных станций.' },
    ratification: {
      headline: 'Лемурия может ратифицировать в марте',
      summary: 'Ожидание.',
      dateNote: 'Год определён косвенно: 2026.',
    },
  };
  const at = { what: 'event', field: 'events', limits: { headline: { min: 5, max: 40 } } };
  const file = 'content/translations/ru/timeline.json';

  it('passes when each entry has exactly its fields, translated', () => {
    expect(checkEntryTranslations(file, at, ok, originals)).toEqual([]);
  });

  it.each([
    [
      'an unknown id',
      { ...ok, 'pact-cancelled': { headline: 'x', summary: 'y' } },
      /events\.pact-cancelled: no event has the id "pact-cancelled"/,
    ],
    [
      'a missing entry',
      { 'pact-signed': ok['pact-signed'] },
      /events\.ratification: no translation of the event "ratification"; expected \{ "headline": …, "summary": …, "dateNote": … \}/,
    ],
    [
      'a missing field',
      { ...ok, ratification: { headline: ok.ratification.headline, summary: 'Ожидание.' } },
      /events\.ratification\.dateNote: no translation; expected our translation of "Year inferred: 2026\."/,
    ],
    [
      'a field the original lacks',
      { ...ok, 'pact-signed': { ...ok['pact-signed'], dateNote: 'Примечание.' } },
      /events\.pact-signed\.dateNote: the event has no dateNote to translate; expected only "headline", "summary"/,
    ],
    [
      'a field past its limit',
      { ...ok, ratification: { ...ok.ratification, headline: 'Лемурия может ратифицировать соглашение в марте' } },
      /events\.ratification\.headline: 47 characters; expected at most 40/,
    ],
    [
      'other numbers',
      { ...ok, 'pact-signed': { ...ok['pact-signed'], summary: 'Он охватывает 14 насосных станций.' } },
      /events\.pact-signed\.summary: gives the numbers \[14\] where the original gives \[12\]/,
    ],
    [
      'a field that is not text',
      { ...ok, 'pact-signed': { ...ok['pact-signed'], summary: 12 } },
      /events\.pact-signed\.summary: expected our translation of "It covers 12 pumping stations\." \(text\)/,
    ],
  ])('fails on %s, naming the entry and field', (_, translated, message) => {
    expect(checkEntryTranslations(file, at, translated, originals)).toEqual([expect.stringMatching(message)]);
  });

  it("checks a story's fields and its tracks'", () => {
    const story = {
      fields: {
        title: 'Atlantis and Lemuria',
        standfirst: 'How two invented countries agreed on water.',
        description:
          'Atlantis and Lemuria signed a water pact after two years of talks: what it covers and what comes next.',
      },
      tracks: new Map([['pact', { label: 'The pact', description: 'The water pact and its ratification.' }]]),
    };
    const translated = {
      lemuria: {
        title: 'Атлантида и Лемурия',
        standfirst: 'Как две вымышленные страны договорились о воде.',
        description:
          'Атлантида и Лемурия подписали водный пакт после двух лет переговоров: что он охватывает и что будет дальше.',
        tracks: { pact: { label: 'Пакт', description: 'Водный пакт и его ратификация.' } },
      },
    };
    const originals = new Map([['lemuria', story]]);
    expect(checkStoryTranslations('stories.json', translated, originals)).toEqual([]);
    expect(
      checkStoryTranslations(
        'stories.json',
        { lemuria: { ...translated.lemuria, tracks: { pacts: { label: 'Пакт' } } } },
        originals,
      ),
    ).toEqual([
      expect.stringMatching(/stories\.lemuria\.tracks\.pacts: no track of story "lemuria" has the id "pacts"/),
      expect.stringMatching(/stories\.lemuria\.tracks\.pact: no translation of the track of story "lemuria" "pact"/),
    ]);
  });
});
