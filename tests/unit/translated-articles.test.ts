import { describe, expect, it } from 'vitest';
import { articleGrounds, checkTranslatedArticle, type ArticleForParity } from '../../src/lib/translated-articles';
import { ENGLISH, RUSSIAN } from '../fixtures/translations/fixtures';

const ru = (change: Partial<ArticleForParity>): ArticleForParity => ({ ...RUSSIAN, ...change });
const FILE = RUSSIAN.file;

describe('a translated article against its original', () => {
  it('passes when it rests on exactly the same passages and facts, marker for marker', () => {
    expect(checkTranslatedArticle(RUSSIAN, ENGLISH)).toEqual([]);
  });

  it('reads what each rests on and quotes', () => {
    expect(articleGrounds(ENGLISH)).toEqual({
      evidence: new Set([
        'atlantis-water-pact#s1',
        'atlantis-water-pact#s2',
        'fact:pumps-ordered-2025-01',
        'atlantis-water-pact#s3',
      ]),
      quoted: new Set(['atlantis-water-pact#s3']),
      notes: new Set(),
      sourceTexts: new Set(),
    });
  });

  it.each([
    [
      'a passage its original does not cite',
      RUSSIAN.body.replace('<Evidence passage="s1" />', '<Evidence passage="s1 s4" />'),
      [
        `${FILE}: <Evidence>: names s4, which its original ${ENGLISH.file} does not; expected exactly the passages and facts its original rests on`,
        expect.stringMatching(
          /body: marker 1 \(line \d+\) names s1 s4, where its original's .* names s1; expected the same markers/,
        ),
      ],
    ],
    [
      'a passage dropped',
      RUSSIAN.body.replace('<Evidence passage="s1" />', '<Evidence fact="pumps-ordered-2025-01" />'),
      [
        `${FILE}: <Evidence>: drops s1, which its original ${ENGLISH.file} names; expected exactly the passages and facts its original rests on`,
        expect.stringMatching(/marker 1 .* names fact "pumps-ordered-2025-01", where its original's .* names s1/),
      ],
    ],
    [
      'a fact dropped and another added',
      RUSSIAN.body.replace('fact="pumps-ordered-2025-01"', 'fact="pipes-laid-2025-03"'),
      [
        `${FILE}: <Evidence>: names fact "pipes-laid-2025-03", which its original ${ENGLISH.file} does not; expected exactly the passages and facts its original rests on`,
        `${FILE}: <Evidence>: drops fact "pumps-ordered-2025-01", which its original ${ENGLISH.file} names; expected exactly the passages and facts its original rests on`,
        expect.stringMatching(/marker 2/),
      ],
    ],
    [
      'a quotation of another passage',
      RUSSIAN.body.replace('<Cite passage="s3" words="a new chapter for the coast" />', '<Cite passage="s2" />'),
      [
        `${FILE}: <Cite>: names s2, which its original ${ENGLISH.file} does not; expected exactly the passages its original quotes`,
        `${FILE}: <Cite>: drops s3, which its original ${ENGLISH.file} names; expected exactly the passages its original quotes`,
      ],
    ],
    [
      'a context note its original lacks',
      `${RUSSIAN.body}\n<ContextNote fact="pumps-ordered-2025-01" />\n`,
      [
        `${FILE}: <ContextNote>: names fact "pumps-ordered-2025-01", which its original ${ENGLISH.file} does not; expected exactly the context notes of its original`,
      ],
    ],
    [
      'its markers in another order',
      RUSSIAN.body
        .replace('<Evidence passage="s1" />', '<Evidence passage="X" />')
        .replace('.<Evidence passage="s3" />', '.<Evidence passage="s1" />')
        .replace('<Evidence passage="X" />', '<Evidence passage="s3" />'),
      [
        expect.stringMatching(
          /body: marker 1 \(line 2\) names s3, where its original's \(content\/articles\/atlantis-water-pact-explained\.mdx, line 2\) names s1/,
        ),
      ],
    ],
    [
      'a marker fewer',
      RUSSIAN.body.replace('.<Evidence passage="s3" />', '.'),
      [
        `${FILE}: <Evidence>: drops s3, which its original ${ENGLISH.file} names; expected exactly the passages and facts its original rests on`,
        expect.stringMatching(
          /body: has 2 <Evidence> markers, its original .* 3; expected marker 3 \(s3, line 6 there\)/,
        ),
      ],
    ],
  ])('fails on %s, naming the file and the ids', (_, body, errors) => {
    expect(checkTranslatedArticle(ru({ body }), ENGLISH)).toEqual(errors);
  });

  it.each([
    [
      'a year the original does not give',
      { body: RUSSIAN.body.replace('в понедельник', 'в понедельник, 3 марта 2025 года') },
      /body: gives 2025, 3, which its original .* does not; expected the same numbers, no more and no fewer/,
    ],
    [
      'a figure dropped',
      { body: RUSSIAN.body.replace('12 насосных станций', 'насосные станции') },
      /body: lacks 12, which its original .* gives/,
    ],
    [
      'a number changed in the headline',
      { prose: { title: 'Атлантида: 14 насосных станций' } },
      /title: gives 14, which its original .* does not; lacks 12, which its original .* gives/,
    ],
  ])('fails on %s', (_, change, message) => {
    const original = { ...ENGLISH, prose: { title: 'Atlantis: 12 pumping stations' } };
    const translated = ru({ prose: { title: 'Атлантида: 12 насосных станций' }, ...change });
    expect(checkTranslatedArticle(translated, original)).toContainEqual(expect.stringMatching(message));
  });

  it('gives the file’s own line numbers when told where the body starts', () => {
    const body = RUSSIAN.body.replace('<Evidence passage="s1" />', '<Evidence passage="s2" />');
    const [, marker] = checkTranslatedArticle(ru({ body, firstLine: 15 }), { ...ENGLISH, firstLine: 12 });
    expect(marker).toMatch(/marker 1 \(line 16\) names s2, where its original's \(.*, line 13\) names s1/);
  });

  it.each<[Partial<ArticleForParity>, RegExp]>([
    [{ translationOf: undefined }, /translationOf: expected the id of the article this translates/],
    [{ translationOf: 'atlantis-pact' }, /translationOf: no article "atlantis-pact"/],
    [{ format: 'factfile' }, /format: expected "explainer", as its original .*, found "factfile"/],
    [
      { sources: ['lemuria-report'] },
      /sources: expected \[atlantis-water-pact\], as its original .* found \[lemuria-report\]/,
    ],
    [{ topics: ['atlantis', 'water'] }, /topics: expected \[water, atlantis\], as its original .*, in the same order/],
  ])('checks how it is filed: %j', (change, message) => {
    const original = change.translationOf === 'atlantis-pact' ? undefined : ENGLISH;
    expect(checkTranslatedArticle(ru(change), original)).toContainEqual(expect.stringMatching(message));
  });

  it('keeps the same address as its original', () => {
    const errors = checkTranslatedArticle(ru({ id: 'atlantida-vodnyi-pakt' }), ENGLISH);
    expect(errors).toEqual([
      expect.stringMatching(
        /translationOf: "atlantis-water-pact-explained" is not this file's own name \("atlantida-vodnyi-pakt"\); expected the same name, so that both editions share the address \/articles\/atlantis-water-pact-explained\//,
      ),
    ]);
  });

  it('refuses to translate a translation', () => {
    expect(checkTranslatedArticle(RUSSIAN, { ...ENGLISH, translationOf: 'other' })).toEqual([
      expect.stringMatching(/translationOf: "atlantis-water-pact-explained" is itself a translation \(of "other"\)/),
    ]);
  });
});
