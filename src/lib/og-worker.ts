/**
 * The card process (og-render.ts starts it with the first card): draws each card it is sent into the cache,
 * at the lowest CPU priority, so that a build's pages never wait for a core while cards are drawn.
 * Imports carry their extension because Node loads this file itself, in a process of its own, outside Vite.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { constants, setPriority } from 'node:os';
import path from 'node:path';
import type { CardText } from './og-card.ts';

export interface CardTask {
  text: CardText;
  /** Names the card in errors: the article's file. */
  label: string;
  /** Where the PNG goes in the cache. */
  file: string;
}
/** A card sent to this process, with the id its answer carries back. */
export type CardOrder = CardTask & { id: number };
/** The answer: the card is in its file, or `error` says why it could not be drawn. */
export interface CardDone {
  id: number;
  error?: string;
}

// First, before any thread is started: each takes its priority from the thread that starts it (on Linux).
try {
  setPriority(constants.priority.PRIORITY_LOW);
} catch {
  // A system that does not allow it draws at the normal priority.
}
// Loaded only now, so that nothing Takumi starts as it loads runs at the normal priority.
const { drawCard } = await import('./og-draw.ts');

/** Draws the card into `file`. */
async function drawIntoCache({ text, label, file }: CardTask): Promise<void> {
  const png = await drawCard(text, label);
  await mkdir(path.dirname(file), { recursive: true });
  // Written under a temporary name, then renamed: a build stopped midway never leaves half a PNG.
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
}

// A few cards at a time: Takumi spreads each over the cores, and a card done is written at once rather than
// behind every other card sent (the build waits for each card by itself: the site's own card, say).
const AT_ONCE = 4;
const queue: CardOrder[] = [];
let drawing = 0;
function next(): void {
  while (drawing < AT_ONCE && queue.length) {
    const { id, ...task } = queue.shift()!;
    drawing++;
    drawIntoCache(task)
      .then(
        () => ({ id }),
        (e: unknown) => ({ id, error: e instanceof Error ? e.message : String(e) }),
      )
      .then((done: CardDone) => {
        drawing--;
        process.send?.(done);
        next();
      });
  }
}

process.on('message', (order: CardOrder) => {
  queue.push(order);
  next();
});
// The build has ended (or stopped): nothing is left to draw for.
process.on('disconnect', () => process.exit(0));
