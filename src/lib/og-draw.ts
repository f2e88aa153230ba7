/**
 * Draws a card (og-card.ts) to PNG: satori lays it out as SVG, sharp rasterises it. Runs in the
 * card workers (og-worker.ts); og-render.ts decides what to draw and keeps the results. Imports
 * carry their extension because Node loads this file itself in a worker thread, outside Vite.
 */
import satori from 'satori';
import sharp from 'sharp';
import { CARD, cardTree, type CardText } from './og-card.ts';
import { FONTS_DIR, loadFonts } from './og-fonts.ts';

/** The card as PNG. `label` names it in errors (the article's file), so a failure says where it comes from. */
export async function drawCard(text: CardText, label: string): Promise<Buffer> {
  const { fonts } = await loadFonts();
  const svg = await satori(cardTree(text) as unknown as Parameters<typeof satori>[0], {
    ...CARD,
    fonts,
    loadAdditionalAsset: async (_language, segment) => {
      throw new Error(
        `${label}: the link-preview card cannot draw "${segment}": no font in ${FONTS_DIR} has it (add that subset's .woff)`,
      );
    },
  });
  // zlib level 6: level 9 took 50 ms a card against 22 ms here, for a file a few per cent smaller.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6, palette: false }).toBuffer();
}
