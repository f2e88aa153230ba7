/**
 * The layout of a link-preview card (1200×630), as the element tree satori draws. Pure: text in,
 * tree out, so the design can be tested and hashed (the hash is the cache key, see og-render.ts).
 */

import { formatCalendarDate, formatDay } from './dates.ts';

export const CARD = { width: 1200, height: 630 } as const;

/** What a card says. */
export interface CardText {
  /** The small line above the headline: the article's section, or what the site is. */
  kicker: string;
  headline: string;
  /** The standfirst, cut to three lines if longer. */
  dek: string;
  /** The date as readers see it ("28 November 2026"); empty on the site's own card. */
  date: string;
  siteName: string;
}

/** What an article's card is made from: its own fields, its section's name and, for a report, who first published it. */
export interface ArticleCardFacts {
  title: string;
  dek: string;
  /** The article's date-time, with its time zone. */
  published: string;
  /** The name of its first topic, when there is one by that id. */
  section: string | undefined;
  /** A reproduced report's publisher and its date (YYYY-MM-DD); undefined for articles in our own words. */
  origin: { publisher: string; published: string } | undefined;
  siteName: string;
}

/**
 * An article's card. One function for the build's pages and for the cards started before them
 * (src/integrations/early-cards.ts), so both ask for the same picture.
 */
export function articleCardText(facts: ArticleCardFacts): CardText {
  const { origin } = facts;
  return {
    kicker: facts.section ?? facts.siteName,
    headline: facts.title,
    dek: facts.dek,
    // A report is dated as its publisher dated it, not by the day we added it.
    date: origin ? `${origin.publisher}, ${formatCalendarDate(origin.published)}` : formatDay(facts.published),
    siteName: facts.siteName,
  };
}

/** Where each part of a card comes from, as an editor finds it: for messages about a card that cannot be drawn. */
export const CARD_SOURCES: Record<keyof CardText, string> = {
  kicker: 'topics[0] (the section: its name in content/topics.json)',
  headline: 'title',
  dek: 'dek',
  date: 'published',
  siteName: 'SITE_NAME (src/lib/site.ts)',
};

/** A satori element: the shape of a React element, without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardNode | CardNode[] | string };
}

// Colours of the light theme (src/styles/global.css): a card is seen outside the site, on any background.
const INK = '#1a1a1a';
const MUTED = '#555049';
const ACCENT = '#0b5394';
const PAGE = '#fdfcf9';
const RULE = '#d9d4cc';

/** Headline size in pixels: long headlines step down so they still fit in four lines. */
export function headlineSize(headline: string): number {
  const length = [...headline].length;
  if (length <= 50) return 72;
  if (length <= 75) return 62;
  if (length <= 95) return 54;
  return 48;
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']) => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

export function cardTree(text: CardText): CardNode {
  const size = headlineSize(text.headline);
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      // Satori's default box is content-box: without this the padding widens the card past 1200 px.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: PAGE,
      borderTop: `16px solid ${ACCENT}`,
      paddingTop: 48,
      paddingRight: 72,
      paddingBottom: 44,
      paddingLeft: 72,
      fontFamily: 'Source Sans 3',
      color: INK,
    },
    [
      el(
        'div',
        { fontSize: 26, fontWeight: 700, letterSpacing: 2, textTransform: 'uppercase', color: ACCENT },
        text.kicker,
      ),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
        el(
          'div',
          {
            fontFamily: 'Source Serif 4',
            fontWeight: 700,
            fontSize: size,
            lineHeight: 1.12,
            letterSpacing: -0.5,
            lineClamp: 4,
          },
          text.headline,
        ),
        el('div', { marginTop: 24, fontSize: 30, lineHeight: 1.35, color: MUTED, lineClamp: 3 }, text.dek),
      ]),
      el(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'baseline',
          borderTop: `2px solid ${RULE}`,
          paddingTop: 20,
        },
        [
          el('div', { fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: 36, color: INK }, text.siteName),
          el('div', { fontSize: 28, color: MUTED }, text.date),
        ],
      ),
    ],
  );
}
