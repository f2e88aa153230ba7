/**
 * Draws a card (og-card.ts) to PNG: satori lays it out as SVG, resvg rasterises it and sharp encodes
 * the pixels. Runs in the card workers (og-worker.ts); og-render.ts decides what to draw and keeps
 * the results. Imports carry their extension because Node loads this file itself in a worker thread,
 * outside Vite.
 */
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { visible } from './characters.ts';
import { CARD, CARD_PNG, CARD_SOURCES, cardTree, type CardText } from './og-card.ts';
import { FONTS_DIR, loadFonts } from './og-fonts.ts';

// One libvips thread for the encoding: the card worker has its core, and libvips' own pool (a thread a core)
// took the other one from the main thread. Measured one card after another: 25 ms of CPU a card against 29 ms,
// in less time on the clock too (20.3 ms against 23.8 ms).
sharp.concurrency(1);

/** The card as PNG. `label` names it in errors (the article's file), so a failure says where it comes from. */
export async function drawCard(text: CardText, label: string): Promise<Buffer> {
  const { fonts } = await loadFonts();
  const svg = await satori(cardTree(text) as unknown as Parameters<typeof satori>[0], {
    ...CARD,
    fonts,
    loadAdditionalAsset: async (_language, segment) => {
      throw new Error(undrawable(text, segment, label));
    },
  });
  // resvg, not sharp's librsvg, fills the glyphs: 7 ms a card against 12 ms, and the cards are the longest
  // path of a cold build with many articles. satori has drawn the text as paths: no fonts to look up.
  const { pixels, width, height } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  // sharp encodes (CARD_PNG says how): resvg's own PNG encoder took 25 ms of CPU a card in all, against 22 ms.
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png(CARD_PNG)
    .toBuffer();
}

/**
 * What to tell the editor when the fonts lack a character: the field it is in, and the character as a code
 * point, since the ones that fail are often invisible (a bidi override, a zero-width space).
 */
export function undrawable(text: CardText, segment: string, label: string): string {
  const field = (Object.keys(CARD_SOURCES) as (keyof CardText)[]).find((key) =>
    [...segment].some((char) => text[key].includes(char)),
  );
  const where = field ? `${CARD_SOURCES[field]}: ` : '';
  const shown = [...segment].map((char) => (visible(char) === char ? `"${char}"` : visible(char))).join(', ');
  const context = field ? ` in "${visible(text[field])}"` : '';
  return `${label}: ${where}the link-preview card cannot draw ${shown}${context}: no font in ${path.relative(process.cwd(), FONTS_DIR)} has it; remove it, or add a font subset that has it (a .woff)`;
}
