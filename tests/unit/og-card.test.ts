import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { articleCardText, CARD, cardTree, headlineSize, type CardText } from '../../src/lib/og-card';
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

describe('articleCardText: what an article’s card says', () => {
  const facts = {
    title: 'Velna opens its dams',
    dek: 'Ten days of floods, and what the report says about them.',
    published: '2026-03-04T09:30:00+05:00',
    siteName: 'Multivector',
  };
  it.each([
    [
      'our own article: its section, dated as we published it, in its own time zone',
      { section: 'Rivers', origin: undefined },
      { kicker: 'Rivers', date: '4 March 2026' },
    ],
    [
      'a reproduced report: dated as its publisher dated it',
      { section: 'Rivers', origin: { publisher: 'The Velna Courier', published: '2026-02-27' } },
      { kicker: 'Rivers', date: 'The Velna Courier, 27 February 2026' },
    ],
    [
      'an article whose first topic has no name: the site name above the headline',
      { section: undefined, origin: undefined },
      { kicker: 'Multivector', date: '4 March 2026' },
    ],
  ])('%s', (_, more, expected) => {
    expect(articleCardText({ ...facts, ...more })).toEqual({
      headline: facts.title,
      dek: facts.dek,
      siteName: facts.siteName,
      ...expected,
    });
  });
});
