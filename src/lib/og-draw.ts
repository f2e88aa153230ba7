/**
 * Draws a card (og-card.ts) to PNG with Takumi, which lays the tree out and rasterises it in one native
 * step. Runs in the card process (og-worker.ts); og-render.ts decides what to draw and keeps the results.
 * Imports carry their extension because Node loads this file itself in a worker thread, outside Vite.
 *
 * Takumi, not satori (layout to SVG), resvg (SVG to pixels) and sharp (pixels to PNG): the same card in
 * 14 ms of CPU against 37 ms, and a file of 23 kB against 44 kB, measured one card after another. At 1,000
 * articles the cards were the longest part of a cold build.
 */
import path from 'node:path';
import { Renderer } from '@takumi-rs/core';
import { visible } from './characters.ts';
import { CARD, CARD_FONTS, CARD_FORMAT, CARD_SOURCES, cardTree, type CardText } from './og-card.ts';
import { canDraw, FONTS_DIR, loadFonts, type CardFont } from './og-fonts.ts';

let renderer: Promise<{ renderer: Renderer; fonts: CardFont[] }> | undefined;

/** One renderer a worker, its fonts registered once. */
function ready(): Promise<{ renderer: Renderer; fonts: CardFont[] }> {
  renderer ??= (async () => {
    const { fonts } = await loadFonts();
    const takumi = new Renderer();
    for (const { name, data, weight, style } of fonts) await takumi.registerFont({ name, data, weight, style });
    return { renderer: takumi, fonts };
  })();
  return renderer;
}

/** The card as PNG. `label` names it in errors (the article's file), so a failure says where it comes from. */
export async function drawCard(text: CardText, label: string): Promise<Buffer> {
  const { renderer, fonts } = await ready();
  // Takumi draws nothing, or a box, for a character no font has: the editor is told instead.
  const problem = undrawable(text, label, (field, char) => canDraw(fonts, CARD_FONTS[field], char));
  if (problem) throw new Error(problem);
  return renderer.render(cardTree(text), { ...CARD, ...CARD_FORMAT });
}

/**
 * What to tell the editor when the fonts lack a character: the field it is in, and the characters as code
 * points, since the ones that fail are often invisible (a bidi override, a zero-width space). Undefined when
 * every character can be drawn.
 */
export function undrawable(
  text: CardText,
  label: string,
  drawable: (field: keyof CardText, char: string) => boolean,
): string | undefined {
  for (const field of Object.keys(CARD_SOURCES) as (keyof CardText)[]) {
    const missing = [...new Set(text[field])].filter((char) => !drawable(field, char));
    if (!missing.length) continue;
    const shown = missing.map((char) => (visible(char) === char ? `"${char}"` : visible(char))).join(', ');
    return `${label}: ${CARD_SOURCES[field]}: the link-preview card cannot draw ${shown} in "${visible(text[field])}": no font in ${path.relative(process.cwd(), FONTS_DIR)} has it; remove it, or add a font subset that has it (a .woff)`;
  }
  return undefined;
}
