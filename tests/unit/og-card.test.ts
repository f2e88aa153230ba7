import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  articleCardText,
  CARD,
  CARD_COLOURS,
  cardTree,
  headlineSize,
  MIN_TEXT,
  SAFE_SQUARE,
  type CardNode,
  type CardText,
} from '../../src/lib/og-card';
import { cardKey, placeCard, placeCards, renderCard } from '../../src/lib/og-render';

const text: CardText = {
  kicker: 'Gaza ceasefire',
  headline: 'Gaza ceasefire: how Kazakhstan kept its balance, in five questions',
  date: '28 November 2026',
  siteName: 'Multivector',
};
const strings = (node: CardNode): string[] => (node.type === 'text' ? [node.text] : node.children.flatMap(strings));

describe('the card', () => {
  it.each([
    [14, 64],
    [60, 56],
    [90, 48],
    [110, 44],
  ])('a headline of %i characters: %i px', (length, size) => expect(headlineSize('x'.repeat(length))).toBe(size));

  it('says section, headline, site name and date', () => {
    expect(strings(cardTree(text))).toEqual([text.kicker, text.headline, text.siteName, text.date]);
  });

  it(`has no text under ${MIN_TEXT} px, which is 12 px on a preview 400 px wide`, () => {
    const sizes = (node: CardNode): number[] =>
      node.type === 'text' ? [Number(node.style['fontSize'])] : node.children.flatMap(sizes);
    const all = sizes(cardTree({ ...text, headline: 'x'.repeat(200) }));
    expect(all.length).toBeGreaterThan(3);
    expect(Math.min(...all)).toBeGreaterThanOrEqual(MIN_TEXT);
  });

  it.each([
    ['a short headline', 'Kazakhstan and Uzbekistan sign the Syr Darya water data deal'],
    ['a long headline', `${'Gaza ceasefire: how Kazakhstan kept its diplomatic balance, '.repeat(2)}in six questions`],
  ])('draws nothing outside the centred square, so a square crop keeps all of it: %s', async (_, headline) => {
    const png = await renderCard({ ...text, headline, date: 'The Times of Central Asia, 13 October 2025' }, 'test');
    const bands = [
      { left: 0, top: 0, width: SAFE_SQUARE.left, height: CARD.height },
      { left: SAFE_SQUARE.left + SAFE_SQUARE.size, top: 0, width: SAFE_SQUARE.left, height: CARD.height },
    ];
    const surface = [1, 3, 5].map((i) => parseInt(CARD_COLOURS.surface.slice(i, i + 2), 16));
    for (const band of bands) {
      const pixels = await sharp(png).extract(band).removeAlpha().raw().toBuffer();
      const other = pixels.findIndex((value, i) => value !== surface[i % 3]);
      expect(other, `a pixel not of the surface at x ${band.left + ((other / 3) % band.width)}`).toBe(-1);
    }
  });

  it('is drawn again when anything on it changes, and only then', () => {
    expect(cardKey(text, 'fonts')).toBe(cardKey({ ...text }, 'fonts'));
    expect(cardKey({ ...text, date: '29 November 2026' }, 'fonts')).not.toBe(cardKey(text, 'fonts'));
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
        date: '28 ноября 2026 года',
      },
    ],
    [
      'Kazakh (Cyrillic Extended)',
      { headline: 'Қазақстан және Газа: бітімгершілік', kicker: 'Әділет, ұлт, үміт, өмір, ғасыр, һәм ің.' },
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
      'a script the fonts lack in the date line',
      { date: 'Peace 和平, 13 October 2025' },
      /content\/articles\/x\.mdx: published: the link-preview card cannot draw "和"/,
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

describe('placeCards: the cards a build asked for, copied into the site when it ends', () => {
  it('puts each card at its path in the site, the same PNG a request for it gets', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'cards-'));
    try {
      placeCard(text, 'content/articles/a.mdx', '/og/articles/a.png');
      placeCard(
        { ...text, headline: 'Вельна открывает плотины' },
        'content/articles/ru/a.mdx',
        '/og/ru/articles/a.png',
      );
      expect(await placeCards(site)).toBe(2);
      expect(await readFile(path.join(site, 'og/articles/a.png'))).toEqual(
        Buffer.from(await renderCard(text, 'content/articles/a.mdx')),
      );
      expect(await sharp(path.join(site, 'og/ru/articles/a.png')).metadata()).toMatchObject({ format: 'png', ...CARD });
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });

  it('fails the build, naming the article, when a card cannot be drawn', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'cards-'));
    try {
      placeCard({ ...text, headline: 'Вельна 和平' }, 'content/articles/b.mdx', '/og/articles/b.png');
      await expect(placeCards(site)).rejects.toThrow(
        /content\/articles\/b\.mdx: title: the link-preview card cannot draw/,
      );
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});

describe('the card process', () => {
  it('that stops midway fails the cards it had, naming each one’s file, and the next card is drawn', async () => {
    const state = (
      globalThis as { [key: symbol]: { drawer?: { kill(signal: string): boolean }; pending: Map<number, unknown> } }
    )[Symbol.for('multivector.og-render')]!;
    // A process of its own, just started: it cannot have drawn the card before it is stopped.
    state.drawer?.kill('SIGKILL');
    await expect.poll(() => state.drawer).toBeUndefined();
    // A headline no earlier run has drawn, so the card is not in the cache and goes to the process.
    const unseen = { ...text, headline: `A card whose process stops (${process.pid} ${Date.now()})` };
    const card = renderCard(unseen, 'content/articles/stopped.mdx');
    await expect.poll(() => state.pending.size, { interval: 5 }).toBe(1);
    state.drawer!.kill('SIGKILL');
    await expect(card).rejects.toThrow(/^content\/articles\/stopped\.mdx: the card process stopped \(SIGKILL\)/);
    const next = await renderCard({ ...unseen, headline: `${unseen.headline}, again` }, 'content/articles/next.mdx');
    expect(await sharp(Buffer.from(next)).metadata()).toMatchObject({ format: 'png', ...CARD });
  });
});

describe('articleCardText: what an article’s card says', () => {
  const facts = {
    title: 'Velna opens its dams',
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
      'an article in another edition: dated in its language',
      { section: 'Реки', origin: undefined, lang: 'ru' as const },
      { kicker: 'Реки', date: '4 марта 2026 года' },
    ],
    [
      'a report in another edition: its publisher as the edition names it, dated in its language',
      { section: 'Реки', origin: { publisher: 'Вельнинский курьер', published: '2026-02-27' }, lang: 'ru' as const },
      { kicker: 'Реки', date: 'Вельнинский курьер, 27 февраля 2026 года' },
    ],
    [
      'an article whose first topic has no name: the site name above the headline',
      { section: undefined, origin: undefined },
      { kicker: 'Multivector', date: '4 March 2026' },
    ],
  ])('%s', (_, more, expected) => {
    expect(articleCardText({ ...facts, ...more })).toEqual({
      headline: facts.title,
      siteName: facts.siteName,
      ...expected,
    });
  });
});
