import { describe, expect, it } from 'vitest';
import { checkEditionContent, type EditionFiles, type EnglishContent } from '../../src/lib/edition-content';
import { ENGLISH, RUSSIAN, SOURCE, translationJson } from '../fixtures/translations/fixtures';

const english: EnglishContent = {
  sources: [SOURCE],
  articles: new Map([[ENGLISH.id, ENGLISH]]),
  events: [],
  facts: [
    {
      id: 'pumps-ordered-2025-01',
      fact: 'Atlantis ordered the pumps in January 2025.',
      citations: [{ publisher: 'Atlantis Herald' }],
    },
  ],
  topics: [
    { id: 'water', name: 'Water', description: 'Water, pumps and the pacts about them.' },
    { id: 'atlantis', name: 'Atlantis', description: 'The invented island and its neighbours.' },
  ],
  stories: [],
};
const folder = 'content/translations/ru';
const complete: EditionFiles = {
  lang: 'ru',
  sources: [{ file: `${folder}/atlantis-water-pact.json`, json: translationJson() }],
  timeline: { file: `${folder}/timeline.json`, json: { language: 'ru', translatedBy: 'Редакция', events: {} } },
  context: {
    file: `${folder}/context.json`,
    json: {
      language: 'ru',
      translatedBy: 'Редакция',
      facts: { 'pumps-ordered-2025-01': { fact: 'Атлантида заказала насосы в январе 2025 года.' } },
      publishers: { 'Atlantis Herald': 'Вестник Атлантиды' },
    },
  },
  topics: {
    file: `${folder}/topics.json`,
    json: {
      language: 'ru',
      translatedBy: 'Редакция',
      topics: {
        water: { name: 'Вода', description: 'Вода, насосы и договоры о них.' },
        atlantis: { name: 'Атлантида', description: 'Вымышленный остров и его соседи.' },
      },
    },
  },
  stories: { file: `${folder}/stories.json`, json: { language: 'ru', translatedBy: 'Редакция', stories: {} } },
  articles: [RUSSIAN],
};

describe('an edition checked whole', () => {
  it('passes, and gives its pages every translation by id', () => {
    const { errors, content } = checkEditionContent(english, complete);
    expect(errors).toEqual([]);
    expect(content.passages.get('atlantis-water-pact')!.get('p1')!.translation).toMatch(/^В понедельник Атлантида/);
    expect(content.facts.get('pumps-ordered-2025-01')).toEqual({
      fact: 'Атлантида заказала насосы в январе 2025 года.',
    });
    expect(content.publishers.get('Atlantis Herald')).toBe('Вестник Атлантиды');
    expect(content.topics.get('water')!.name).toBe('Вода');
  });

  it.each([
    [
      'no translation of a source an article names',
      { sources: [] },
      `${folder}/atlantis-water-pact.json: missing; expected our translation of source "atlantis-water-pact", which content/articles/ru/atlantis-water-pact-explained.mdx names`,
    ],
    [
      'a translation of a source that does not exist',
      { sources: [...complete.sources, { file: `${folder}/lemuria-report.json`, json: {} }] },
      `${folder}/lemuria-report.json: no source "lemuria-report" in content/sources/; expected a file named for the source it translates`,
    ],
    [
      'no timeline file',
      { timeline: undefined },
      `${folder}/timeline.json: missing; expected { "language": "ru", "translatedBy": …, "events": { … } }`,
    ],
    [
      'a publisher nobody cites',
      {
        context: {
          ...complete.context!,
          json: { ...(complete.context!.json as object), publishers: { 'Lemuria Post': 'Почта Лемурии' } },
        },
      },
      `${folder}/context.json: publishers["Lemuria Post"]: no context fact cites a publisher of that name; expected one as content/context/facts.json writes it`,
    ],
    [
      'a cited passage untranslated, naming the article and its line',
      {
        sources: [
          {
            file: `${folder}/atlantis-water-pact.json`,
            json: (() => {
              const j = translationJson() as { passages: Record<string, unknown> };
              delete j.passages['s3'];
              return j;
            })(),
          },
        ],
      },
      expect.stringMatching(
        /^content\/articles\/ru\/atlantis-water-pact-explained\.mdx:6: <Cite passage="s3">: s3 has no translation in content\/translations\/ru\/atlantis-water-pact\.json/,
      ),
    ],
    [
      'a paragraph without its evidence, as an English article would fail',
      { articles: [{ ...RUSSIAN, body: `${RUSSIAN.body}\nЕщё один абзац без подтверждения.\n` }] },
      expect.stringMatching(
        /^content\/articles\/ru\/atlantis-water-pact-explained\.mdx:\d+: paragraph "Ещё один абзац без подтверждения\.…": no evidence/,
      ),
    ],
    [
      'an unknown topic',
      { articles: [{ ...RUSSIAN, topics: ['water', 'lemuria'] }] },
      expect.stringMatching(/topics\[1\]: unknown topic "lemuria"/),
    ],
    [
      'an article whose frontmatter could not be read',
      { articles: [{ ...RUSSIAN, problems: ['content/articles/ru/x.mdx: title: expected a headline (text)'] }] },
      'content/articles/ru/x.mdx: title: expected a headline (text)',
    ],
  ])('fails on %s', (_, change, message) => {
    expect(checkEditionContent(english, { ...complete, ...change }).errors).toContainEqual(message);
  });
});
