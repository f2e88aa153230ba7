/**
 * Draws a card (og-card.ts) to PNG: satori lays it out as SVG, sharp rasterises it. The fonts are
 * files in src/assets/fonts/, so nothing is fetched while building. Drawing is the slow part of a
 * build with many articles, so each PNG is kept in .cache/og/ under a hash of everything that
 * shapes it (the element tree with its text and styles, the font files, the renderers' versions):
 * an unchanged article is read back, not drawn again, and any change to it or to the design draws
 * it anew.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import satori, { type Font } from 'satori';
import satoriPackage from 'satori/package.json' with { type: 'json' };
import sharp from 'sharp';
import { CARD, cardTree, type CardText } from './og-card';

// Paths are taken from the project root: the build runs there, and bundling moves this module.
const FONTS_DIR = path.resolve('src/assets/fonts');
const CACHE_DIR = path.resolve('.cache/og');

/** Family and weight by file name: "source-serif-4-latin-ext-700-normal.woff". */
const FAMILIES: Record<string, string> = { 'source-serif-4': 'Source Serif 4', 'source-sans-3': 'Source Sans 3' };

let fonts: Promise<{ fonts: Font[]; digest: string }> | undefined;

function loadFonts(): Promise<{ fonts: Font[]; digest: string }> {
  fonts ??= (async () => {
    const files = (await readdir(FONTS_DIR)).filter((f) => f.endsWith('.woff')).sort();
    const hash = createHash('sha256');
    const loaded = await Promise.all(
      files.map(async (file) => {
        const match = /^(.+?)-latin(?:-ext)?-(\d{3})-normal\.woff$/.exec(file);
        const name = match && FAMILIES[match[1]!];
        if (!match || !name)
          throw new Error(
            `${FONTS_DIR}/${file}: expected a file named <family>-<subset>-<weight>-normal.woff of ${Object.keys(FAMILIES).join(' or ')}`,
          );
        const data = await readFile(path.join(FONTS_DIR, file));
        const font: Font = { name, data, weight: Number(match[2]) as NonNullable<Font['weight']>, style: 'normal' };
        return { file, data, font };
      }),
    );
    for (const { file, data } of loaded) hash.update(file).update(data);
    return { fonts: loaded.map((l) => l.font), digest: hash.digest('hex') };
  })();
  return fonts;
}

/** The cache key: changes whenever anything that shapes the picture changes. */
export function cardKey(text: CardText, fontsDigest: string): string {
  return createHash('sha256')
    .update(JSON.stringify(cardTree(text)))
    .update(fontsDigest)
    .update(`satori ${satoriPackage.version}; sharp ${sharp.versions.sharp}; vips ${sharp.versions.vips}`)
    .digest('hex')
    .slice(0, 32);
}

const drawing = new Map<string, Promise<Buffer>>();

/**
 * The card as PNG, from the cache when it was drawn before. `label` names the card in errors
 * (e.g. the article's file), so a headline the fonts cannot draw says where it comes from.
 * The first call for a text starts drawing it; later calls share that work. An
 * article page calls this as it renders, without waiting, so that sharp rasterises its card on
 * another core while the main thread goes on with the next pages; the card's own route then only
 * waits for the result. A build of 1,000 articles takes about half the time it did drawing on demand.
 */
export function renderCard(text: CardText, label: string): Promise<Buffer> {
  const key = JSON.stringify(text);
  let png = drawing.get(key);
  if (!png) {
    png = drawCard(text, label);
    drawing.set(key, png);
  }
  return png;
}

async function drawCard(text: CardText, label: string): Promise<Buffer> {
  const { fonts: loaded, digest } = await loadFonts();
  const file = path.join(CACHE_DIR, `${cardKey(text, digest)}.png`);
  try {
    return await readFile(file);
  } catch {
    // Not drawn yet: draw it below.
  }
  const svg = await satori(cardTree(text) as unknown as Parameters<typeof satori>[0], {
    ...CARD,
    fonts: loaded,
    loadAdditionalAsset: async (_language, segment) => {
      throw new Error(
        `${label}: the link-preview card cannot draw "${segment}": no font in ${FONTS_DIR} has it (add that subset's .woff)`,
      );
    },
  });
  // zlib level 6: level 9 took 50 ms a card against 22 ms here, for a file a few per cent smaller.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6, palette: false }).toBuffer();
  await mkdir(CACHE_DIR, { recursive: true });
  // Written under a temporary name, then renamed: a build stopped midway never leaves half a PNG.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
