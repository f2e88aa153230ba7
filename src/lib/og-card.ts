/**
 * The layout of a link-preview card (1200×630), as the node tree Takumi draws (og-draw.ts). Pure: text in,
 * tree out, so the design can be tested and hashed (the hash is the cache key, see og-render.ts).
 */

import { fill, t } from '../i18n/index.ts';
import { formatCalendarDate, formatDay } from '../i18n/dates.ts';
import { DEFAULT_LANG, type Lang } from './editions.ts';

export const CARD = { width: 1200, height: 630 } as const;

/** How a card is encoded, part of its cache key: Takumi's PNG, some 23 kB a card. */
export const CARD_FORMAT = { format: 'png' } as const;

/**
 * Everything on a card is drawn inside the centred square, 630 px a side: WhatsApp and Telegram crop
 * a preview to a square in some layouts, and then nothing of the headline is lost.
 */
export const SAFE_SQUARE = { left: (CARD.width - CARD.height) / 2, size: CARD.height } as const;

/**
 * The smallest text on a card, in its own pixels: a preview is often shown 400 px wide, a third of
 * the card, where 36 px is 12 px. Smaller text (a standfirst, once 30 px) was 9–10 px there: not drawn.
 */
export const MIN_TEXT = 36;

/** What a card says. */
export interface CardText {
  /** The small line above the headline: the article's section, or what the site is. */
  kicker: string;
  headline: string;
  /** The date as readers see it ("28 November 2026"); empty on the site's own card. */
  date: string;
  siteName: string;
}

/** What an article's card is made from: its own fields, its section's name and, for a report, who first published it. */
export interface ArticleCardFacts {
  title: string;
  /** The article's date-time, with its time zone. */
  published: string;
  /** The name of its first topic, when there is one by that id. */
  section: string | undefined;
  /** A reproduced report's publisher and its date (YYYY-MM-DD); undefined for articles in our own words. */
  origin: { publisher: string; published: string } | undefined;
  siteName: string;
  /** The edition the card is in (its dates' language); the first edition's when absent. */
  lang?: Lang | undefined;
}

/**
 * An article's card. One function for the build's pages and for the cards started before them
 * (src/integrations/early-cards.ts), so both ask for the same picture.
 */
export function articleCardText(facts: ArticleCardFacts): CardText {
  const { origin, lang = DEFAULT_LANG } = facts;
  return {
    kicker: facts.section ?? facts.siteName,
    headline: facts.title,
    // A report is dated as its publisher dated it, not by the day we added it.
    date: origin
      ? fill(t(lang).cards.date, { publisher: origin.publisher, date: formatCalendarDate(lang, origin.published) })
      : formatDay(lang, facts.published),
    siteName: facts.siteName,
  };
}

/** Where each part of a card comes from, as an editor finds it: for messages about a card that cannot be drawn. */
export const CARD_SOURCES: Record<keyof CardText, string> = {
  kicker: 'topics[0] (the section: its name in content/topics.json)',
  headline: 'title',
  date: 'published',
  siteName: 'SITE_NAME (src/lib/site.ts)',
};

/** A node of the tree Takumi draws: a box of boxes, or a run of text. */
export type CardNode =
  { type: 'container'; style: CardStyle; children: CardNode[] } | { type: 'text'; style: CardStyle; text: string };
type CardStyle = Record<string, string | number>;

/**
 * The fonts' subsets, as Fontsource splits them (src/assets/fonts/): Latin and Latin Extended for the
 * English edition, Cyrillic for the Russian one and Cyrillic Extended for letters such as Kazakh "Қ", "ә",
 * "ң". Each subset is a family of its own ("Source Serif 4 Cyrillic") and the card names them all, in this
 * order, for every text: each file's character map also has a few Latin letters and the space, and a
 * character is drawn from the first subset that has it, as in the site's own CSS.
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

/** A family with all its subsets, in order: each character is drawn from the first that has it. */
export const fontStack = (family: string): string[] => FONT_SUBSETS.map((s) => subsetFamily(family, s));

const SANS = fontStack('Source Sans 3');
const SERIF = fontStack('Source Serif 4');
/** The stack as CSS writes it: the names quoted, since "3" and "4" alone are not names. */
const cssFamilies = (stack: string[]) => stack.map((name) => JSON.stringify(name)).join(', ');

/** The fonts each part of a card is set in, for telling an editor which character cannot be drawn. */
export const CARD_FONTS: Record<keyof CardText, string[]> = {
  kicker: SANS,
  headline: SERIF,
  date: SANS,
  siteName: SERIF,
};

// Colours of the light theme (src/styles/global.css): a card is seen outside the site, on any background.
const INK = '#1a1a1a';
const MUTED = '#555049';
const ACCENT = '#0b5394';
const PAGE = '#fdfcf9';
const SURFACE = '#f2eee6';
const RULE = '#d9d4cc';
export const CARD_COLOURS = { page: PAGE, surface: SURFACE, accent: ACCENT } as const;

/** Headline size in pixels: longer headlines step down so they still fit the square in five lines. */
export function headlineSize(headline: string): number {
  const length = [...headline].length;
  if (length <= 40) return 64;
  if (length <= 70) return 56;
  if (length <= 95) return 48;
  return 44;
}

const el = (style: CardStyle, children: CardNode[] | CardNode = []): CardNode => ({
  type: 'container',
  style,
  children: Array.isArray(children) ? children : [children],
});
const words = (style: CardStyle, text: string): CardNode => ({ type: 'text', style, text });

export function cardTree(text: CardText): CardNode {
  const size = headlineSize(text.headline);
  // The accent bar and the rule are boxes filled with their colour: the same pixels as borders, with nothing to clip.
  const bar = (height: number, colour: string) => el({ width: '100%', height, flexShrink: 0, backgroundColor: colour });
  // Each text is set in its fonts as CARD_FONTS lists them, which is what og-draw.ts checks it against.
  const fonts = (field: keyof CardText) => ({ fontFamily: cssFamilies(CARD_FONTS[field]) });
  // The sides, outside the square, are plain surface: a frame with nothing on it for a crop to cut.
  return el(
    { width: '100%', height: '100%', display: 'flex', justifyContent: 'center', backgroundColor: SURFACE },
    el({ width: SAFE_SQUARE.size, height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: PAGE }, [
      bar(16, ACCENT),
      el(
        {
          width: '100%',
          flexGrow: 1,
          // The padding is inside the square, not added to it.
          boxSizing: 'border-box',
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          textAlign: 'center',
          paddingTop: 36,
          paddingRight: 30,
          paddingBottom: 32,
          paddingLeft: 30,
          color: INK,
        },
        [
          words(
            { ...fonts('kicker'), fontSize: MIN_TEXT, fontWeight: 700, lineHeight: 1.2, color: ACCENT, lineClamp: 2 },
            text.kicker,
          ),
          el(
            { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', width: '100%' },
            words(
              {
                ...fonts('headline'),
                fontWeight: 700,
                fontSize: size,
                lineHeight: 1.1,
                letterSpacing: -0.5,
                lineClamp: 5,
              },
              text.headline,
            ),
          ),
          el({ display: 'flex', flexDirection: 'column', alignItems: 'center', width: '100%' }, [
            bar(2, RULE),
            words({ ...fonts('siteName'), fontWeight: 700, fontSize: 40, marginTop: 16 }, text.siteName),
            ...(text.date
              ? [
                  words(
                    { ...fonts('date'), fontSize: MIN_TEXT, lineHeight: 1.2, color: MUTED, lineClamp: 2 },
                    text.date,
                  ),
                ]
              : []),
          ]),
        ],
      ),
    ]),
  );
}
