/**
 * A card worker, one thread of og-render.ts's pool: draws a card and writes it into the cache, so
 * that satori's layout and sharp's encoding run on the other core while pages render.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CardText } from './og-card.ts';
import { drawCard } from './og-draw.ts';

export interface CardTask {
  text: CardText;
  /** Names the card in errors: the article's file. */
  label: string;
  /** Where the PNG goes in the cache. */
  file: string;
}

/** Draws the card into `file`. */
export default async function drawIntoCache({ text, label, file }: CardTask): Promise<void> {
  const png = await drawCard(text, label);
  await mkdir(path.dirname(file), { recursive: true });
  // Written under a temporary name, then renamed: a build stopped midway never leaves half a PNG.
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
}
