/**
 * Link-preview cards as PNG, drawn by a pool of worker threads (og-worker.ts, with Takumi)
 * and kept in .cache/og/ under a hash of everything that shapes them (the element tree with its text
 * and styles, the font files, the renderers' versions): an unchanged card is read back, not drawn
 * again, and any change to it or to the design draws it anew.
 *
 * Drawing is the largest part of a cold build with many articles (about 14 ms of CPU a card), so
 * the cards' route starts every card as soon as Astro asks it for its paths, before any page is
 * rendered, and the workers draw them on the other core while the main thread renders pages.
 */
import { createHash } from 'node:crypto';
import { constants, readFileSync } from 'node:fs';
import { access, copyFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';
import { CARD_FORMAT, cardTree, type CardText } from './og-card';
import { loadFonts } from './og-fonts';
import type { CardTask } from './og-worker';
import { packageVersion } from './package-version';

// Paths are taken from the project root: the build runs there, and bundling moves this module.
const CACHE_DIR = path.resolve('.cache/og');
const WORKER = path.resolve('src/lib/og-worker.ts');
const TAKUMI_VERSION = packageVersion('@takumi-rs/core');

/** The cache key: changes whenever anything that shapes the picture changes. */
export function cardKey(text: CardText, fontsDigest: string): string {
  return createHash('sha256')
    .update(JSON.stringify(cardTree(text)))
    .update(fontsDigest)
    .update(JSON.stringify(CARD_FORMAT))
    .update(`takumi ${TAKUMI_VERSION}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * The pool, the cards started and what was done. A build loads this module twice: with its configuration,
 * where src/integrations/early-cards.ts starts every article's card before Vite bundles the site, and in the
 * bundle that renders the pages, which asks for the same cards. Both share this one state, kept on
 * globalThis, so a card is drawn once, by one pool.
 */
interface Cards {
  pool?: Piscina<CardTask, void>;
  files: Map<string, Promise<string>>;
  /** The cards to copy into the built site at its end (placeCards), by their path in it. */
  placed: Map<string, Promise<string>>;
  stats: { drawn: number; cached: number; first: number; last: number };
  reporting?: boolean;
}
const SHARED = Symbol.for('multivector.og-render');
const cards: Cards = ((globalThis as { [SHARED]?: Cards })[SHARED] ??= {
  files: new Map(),
  placed: new Map(),
  stats: { drawn: 0, cached: 0, first: 0, last: 0 },
});
const { files, stats } = cards;

function workers(): Piscina<CardTask, void> {
  // One core left to the main thread, which renders the pages and is the build's longest path: at 1,000
  // articles on two cores, a worker per core made a cold build 35 s (the main thread waiting its turn on
  // both cores), one worker 29 s, its cards done before the pages. MV_CARD_WORKERS sets another number,
  // to measure with.
  const threads = Number(process.env['MV_CARD_WORKERS']) || Math.max(1, availableParallelism() - 1);
  cards.pool ??= new Piscina<CardTask, void>({
    filename: WORKER,
    minThreads: threads,
    maxThreads: threads,
    // Each worker holds a queue of its own: with one task at a time it waited, idle, for the main
    // thread to finish rendering a page before it was handed the next card.
    concurrentTasksPerWorker: 8,
    atomics: 'disabled',
  });
  return cards.pool;
}

if (process.env['MV_BUILD_TIMINGS'] && !cards.reporting) {
  cards.reporting = true;
  // Read by scripts/bench.ts: what the workers did beside the main thread.
  process.on('exit', () =>
    console.log(
      `[timings] cards: ${stats.drawn} drawn by ${cards.pool?.options.maxThreads ?? 0} worker(s) in ${((stats.last - stats.first) / 1000).toFixed(1)} s, from ${(stats.first / 1000).toFixed(1)} s to ${(stats.last / 1000).toFixed(1)} s of the build; ${stats.cached} from the cache`,
    ),
  );
}

/**
 * The card's file in the cache, drawn first if it is not there. The first call for a text starts
 * the work and later calls share it, so starting every card early costs nothing twice.
 * `label` names the card in errors (e.g. the article's file).
 */
function cardFile(text: CardText, label: string): Promise<string> {
  const id = JSON.stringify(text);
  let file = files.get(id);
  if (!file) {
    file = (async () => {
      const { digest } = await loadFonts();
      const cached = path.join(CACHE_DIR, `${cardKey(text, digest)}.png`);
      try {
        await access(cached);
        stats.cached++;
      } catch {
        stats.first ||= performance.now();
        await workers().run({ text, label, file: cached });
        stats.last = performance.now();
        stats.drawn++;
      }
      return cached;
    })();
    files.set(id, file);
  }
  return file;
}

/** Starts drawing a card without waiting for it; a failure is reported to whoever asks for it with renderCard. */
export function startCard(text: CardText, label: string): void {
  cardFile(text, label).catch(() => {});
}

/**
 * Asks for a card at `sitePath` in the built site (/og/articles/<id>.png), drawn now if it is not in the
 * cache and copied there when the build ends (placeCards). Served through a route, each of a thousand
 * cards cost the build a page's request, response and write: some 2 s of the main thread's time, where
 * copying them from the cache takes a tenth of that.
 */
export function placeCard(text: CardText, label: string, sitePath: string): void {
  const file = cardFile(text, label);
  // A card that cannot be drawn fails the build in placeCards, with its message.
  file.catch(() => {});
  cards.placed.set(sitePath, file);
}

/**
 * Copies every card asked for with placeCard into the built site in `outDir`, once each is drawn; fails
 * with the first that could not be drawn, whose message names its file. Returns how many it copied.
 */
export async function placeCards(outDir: string): Promise<number> {
  const placed = [...cards.placed];
  cards.placed.clear();
  const dirs = new Set(placed.map(([sitePath]) => path.dirname(path.join(outDir, sitePath))));
  await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(
    placed.map(async ([sitePath, file]) =>
      // A copy-on-write clone where the file system has them, else a copy.
      copyFile(await file, path.join(outDir, sitePath), constants.COPYFILE_FICLONE),
    ),
  );
  return placed.length;
}

/**
 * The card as PNG, from the cache when it was drawn before: bytes a Response can take as they are. A build
 * serves a thousand cards of some 23 KB, and each copy of them on the way to the file cost more than reading it.
 */
export async function renderCard(text: CardText, label: string): Promise<Uint8Array<ArrayBuffer>> {
  // Read in one call: fs/promises' readFile opens, stats and reads in separate steps.
  const png = readFileSync(await cardFile(text, label));
  // A view of the bytes read, not a copy of them.
  return new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength);
}
