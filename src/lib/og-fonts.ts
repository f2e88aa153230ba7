/**
 * The fonts the link-preview cards are drawn in: the files in src/assets/fonts/ (nothing is fetched
 * while building), with a digest of them for the cards' cache key. Imports carry their extension
 * because Node also loads this file itself, in the card workers, outside Vite.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Font } from 'satori';
import { FONT_SUBSETS, subsetFamily, type FontSubset } from './og-card.ts';

// Paths are taken from the project root: the build runs there, and bundling moves the modules.
export const FONTS_DIR = path.resolve('src/assets/fonts');

/** Family, subset and weight by file name: "source-serif-4-latin-ext-700-normal.woff". */
const SUBSET_FILE = new RegExp(`^(.+?)-(${FONT_SUBSETS.join('|')})-(\\d{3})-normal\\.woff$`);
const FAMILIES: Record<string, string> = { 'source-serif-4': 'Source Serif 4', 'source-sans-3': 'Source Sans 3' };

let fonts: Promise<{ fonts: Font[]; digest: string }> | undefined;

export function loadFonts(): Promise<{ fonts: Font[]; digest: string }> {
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
        // Each subset is a family of its own (see FONT_SUBSETS): satori takes one file per name and weight.
        const font: Font = {
          name: subsetFamily(family, subset),
          data,
          weight: Number(match[3]) as NonNullable<Font['weight']>,
          style: 'normal',
        };
        return { file, data, font, subset: FONT_SUBSETS.indexOf(subset) };
      }),
    );
    for (const { file, data } of loaded) hash.update(file).update(data);
    // Latin first: satori's first font is its default.
    const ordered = [...loaded].sort((a, b) => a.subset - b.subset || a.file.localeCompare(b.file));
    return { fonts: ordered.map((l) => l.font), digest: hash.digest('hex') };
  })();
  return fonts;
}
