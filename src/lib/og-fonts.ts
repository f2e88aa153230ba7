/**
 * The fonts the link-preview cards are drawn in: the files in src/assets/fonts/ (nothing is fetched
 * while building), with a digest of them for the cards' cache key and the characters each one has.
 * Imports carry their extension because Node also loads this file itself, in the card process, outside Vite.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fontace } from 'fontace';
import { FONT_SUBSETS, subsetFamily, type FontSubset } from './og-card.ts';

// Paths are taken from the project root: the build runs there, and bundling moves the modules.
export const FONTS_DIR = path.resolve('src/assets/fonts');

/** Family, subset and weight by file name: "source-serif-4-latin-ext-700-normal.woff". */
const SUBSET_FILE = new RegExp(`^(.+?)-(${FONT_SUBSETS.join('|')})-(\\d{3})-normal\\.woff$`);
const FAMILIES: Record<string, string> = { 'source-serif-4': 'Source Serif 4', 'source-sans-3': 'Source Sans 3' };

/** A font file as the card renderer registers it, with the code points it has glyphs for. */
export interface CardFont {
  /** The family it is registered under: its subset's own (see FONT_SUBSETS). */
  name: string;
  data: Buffer;
  weight: number;
  style: 'normal';
  /** Inclusive ranges of the code points its character map has, read from the file itself. */
  has: [number, number][];
}

let fonts: Promise<{ fonts: CardFont[]; digest: string }> | undefined;

export function loadFonts(): Promise<{ fonts: CardFont[]; digest: string }> {
  fonts ??= (async () => {
    const files = (await readdir(FONTS_DIR)).filter((f) => f.endsWith('.woff')).sort();
    const hash = createHash('sha256');
    const loaded = await Promise.all(
      files.map(async (file) => {
        const match = SUBSET_FILE.exec(file);
        const family = match && FAMILIES[match[1]!];
        if (!match || !family)
          throw new Error(
            `${FONTS_DIR}/${file}: expected a file named <family>-<subset>-<weight>-normal.woff of ${Object.keys(FAMILIES).join(' or ')}, the subset one of ${FONT_SUBSETS.join(', ')}`,
          );
        const data = await readFile(path.join(FONTS_DIR, file));
        const subset = match[2] as FontSubset;
        // Each subset is a family of its own (see FONT_SUBSETS), so that a character is drawn from the first that has it.
        const font: CardFont = {
          name: subsetFamily(family, subset),
          data,
          weight: Number(match[3]),
          style: 'normal',
          has: codePointRanges(fontace(data).unicodeRangeArray),
        };
        return { file, data, font, subset: FONT_SUBSETS.indexOf(subset) };
      }),
    );
    for (const { file, data } of loaded) hash.update(file).update(data);
    // Latin first: the renderer's first font is its default.
    const ordered = [...loaded].sort((a, b) => a.subset - b.subset || a.file.localeCompare(b.file));
    return { fonts: ordered.map((l) => l.font), digest: hash.digest('hex') };
  })();
  return fonts;
}

/** fontace's "U+20-7E", "U+A0" as inclusive ranges of code points. */
function codePointRanges(unicodeRange: string[]): [number, number][] {
  return unicodeRange.map((range) => {
    const [from, to = from] = range.replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

/** Whether a font of `families` (the names fontStack lists) has a glyph for `char`. */
export function canDraw(fonts: CardFont[], families: readonly string[], char: string): boolean {
  const point = char.codePointAt(0)!;
  return fonts.some(
    (font) => families.includes(font.name) && font.has.some(([from, to]) => point >= from && point <= to),
  );
}
