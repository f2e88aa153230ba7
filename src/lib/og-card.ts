/**
 * The layout of a link-preview card (1200×630), as the element tree satori draws. Pure: text in,
 * tree out, so the design can be tested and hashed (the hash is the cache key, see og-render.ts).
 */

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

/**
 * The fonts' subsets, as Fontsource splits them (src/assets/fonts/): Latin and Latin Extended for the
 * English edition, Cyrillic for the Russian one and Cyrillic Extended for letters such as Kazakh "Қ", "ә",
 * "ң". Satori takes one file per family name and weight, so each subset is a family of its own
 * ("Source Serif 4 Cyrillic") and the card names them all, in this order, for every text.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
export type FontSubset = (typeof FONT_SUBSETS)[number];
const SUBSET_NAMES: Record<FontSubset, string> = {
  latin: '',
  'latin-ext': 'Latin Extended',
  cyrillic: 'Cyrillic',
  'cyrillic-ext': 'Cyrillic Extended',
};

/** The family name a subset's file is loaded under: "Source Serif 4", "Source Serif 4 Cyrillic". */
export const subsetFamily = (family: string, subset: FontSubset): string =>
  SUBSET_NAMES[subset] ? `${family} ${SUBSET_NAMES[subset]}` : family;

/** A family with all its subsets, as CSS font-family lists them: each character from the first that has it. */
export const fontStack = (family: string): string => FONT_SUBSETS.map((s) => subsetFamily(family, s)).join(', ');

const SANS = fontStack('Source Sans 3');
const SERIF = fontStack('Source Serif 4');

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
      fontFamily: SANS,
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
            fontFamily: SERIF,
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
          el('div', { fontFamily: SERIF, fontWeight: 700, fontSize: 36, color: INK }, text.siteName),
          el('div', { fontSize: 28, color: MUTED }, text.date),
        ],
      ),
    ],
  );
}
