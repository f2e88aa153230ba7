import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD, cardTree, headlineSize, type CardText } from '../../src/lib/og-card';
import { cardKey, renderCard } from '../../src/lib/og-render';

const text: CardText = {
  kicker: 'Gaza ceasefire',
  headline: 'Gaza ceasefire: how Kazakhstan kept its balance, in five questions',
  dek: 'Astana backed the peace plan and kept its ties with both sides.',
  date: '28 November 2026',
  siteName: 'Multivector',
};
const strings = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  const children = (node as { props?: { children?: unknown } }).props?.children;
  return children === undefined ? [] : strings(children);
};

describe('the card', () => {
  it.each([
    ['Short headline', 72],
    ['x'.repeat(60), 62],
    ['x'.repeat(90), 54],
    ['x'.repeat(110), 48],
  ])('a headline of %#: %i px', (headline, size) => expect(headlineSize(headline)).toBe(size));

  it('says headline, standfirst, section, site name and date', () => {
    expect(strings(cardTree(text))).toEqual([text.kicker, text.headline, text.dek, text.siteName, text.date]);
  });

  it('is drawn again when anything on it changes, and only then', () => {
    expect(cardKey(text, 'fonts')).toBe(cardKey({ ...text }, 'fonts'));
    expect(cardKey({ ...text, dek: 'Another standfirst.' }, 'fonts')).not.toBe(cardKey(text, 'fonts'));
    expect(cardKey(text, 'other fonts')).not.toBe(cardKey(text, 'fonts'));
  });

  it('renders to a 1200×630 PNG', async () => {
    const png = await renderCard(text, 'test');
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', ...CARD });
  });

  it.each([
    [
      'Russian',
      {
        kicker: 'Внешняя политика Казахстана',
        headline: 'Прекращение огня в Газе: дипломатический баланс Казахстана в шести вопросах',
        dek: 'Президент Казахстана поддержал мирный план Трампа, а Астана сохранила связи и с Израилем, и с Палестиной.',
        date: '28 ноября 2026 года',
      },
    ],
    [
      'Kazakh (Cyrillic Extended)',
      { headline: 'Қазақстан және Газа: бітімгершілік', dek: 'Әділет, ұлт, үміт, өмір, ғасыр, һәм ің.' },
    ],
    ['Latin Extended letters', { headline: 'Türkiye, Şanlıurfa, Łódź, Dvořák: ğ, ő, ț' }],
    ['Ukrainian and Serbian letters', { headline: 'Ґрунт, Їжак, Єдність; Ђорђе, Љубав, Њива, Џеп' }],
  ])('draws a card in %s', async (_, change) => {
    const png = await renderCard({ ...text, ...change }, 'content/articles/ru/x.mdx');
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', ...CARD });
  });

  it('fails, naming the article, when the fonts cannot draw the headline', async () => {
    await expect(renderCard({ ...text, headline: 'Қазақстан 和平' }, 'content/articles/x.mdx')).rejects.toThrow(
      /content\/articles\/x\.mdx: title: the link-preview card cannot draw/,
    );
  });

  it.each([
    [
      'an invisible bidi override in the headline',
      { headline: 'Gaza\u202Eecafesaec' },
      /content\/articles\/x\.mdx: title: the link-preview card cannot draw <U\+202E RIGHT-TO-LEFT OVERRIDE> in "Gaza<U\+202E RIGHT-TO-LEFT OVERRIDE>ecafesaec"/,
    ],
    [
      'a script the fonts lack in the standfirst',
      { dek: 'Peace 和平' },
      /content\/articles\/x\.mdx: dek: the link-preview card cannot draw "和"/,
    ],
    [
      'a character the fonts lack in the section',
      { kicker: 'Topic \u2063' },
      /topics\[0\] \(the section: its name in content\/topics\.json\): the link-preview card cannot draw <U\+2063>/,
    ],
  ])('names the field and shows the character when it cannot draw %s', async (_, change, message) => {
    await expect(renderCard({ ...text, ...change }, 'content/articles/x.mdx')).rejects.toThrow(message);
  });
});
