/**
 * Link-preview cards as PNG, drawn in a child process of their own (og-worker.ts, with Takumi)
 * and kept in .cache/og/ under a hash of everything that shapes them (the element tree with its text
 * and styles, the font files, the renderers' versions): an unchanged card is read back, not drawn
 * again, and any change to it or to the design draws it anew.
 *
 * Drawing is the largest part of a cold build with many articles (about 14 ms of CPU a card), so
 * the cards' route starts every card as soon as Astro asks it for its paths, before any page is
 * rendered, and the card process draws them in the time the main thread leaves idle.
 */
import { createHash } from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import { constants, readFileSync } from 'node:fs';
import { access, copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CARD_FORMAT, cardTree, type CardText } from './og-card';
import { loadFonts } from './og-fonts';
import type { CardDone, CardOrder, CardTask } from './og-worker';
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
 * The card process, the cards started and what was done. A build loads this module twice: with its configuration,
 * where src/integrations/early-cards.ts starts every article's card before Vite bundles the site, and in the
 * bundle that renders the pages, which asks for the same cards. Both share this one state, kept on
 * globalThis, so a card is drawn once, by one process.
 */
interface Cards {
  drawer?: ChildProcess | undefined;
  /** The cards sent to the card process and not yet drawn, by the id they were sent with. */
  pending: Map<number, { resolve: () => void; reject: (e: Error) => void; label: string }>;
  next: number;
  files: Map<string, Promise<string>>;
  /** The cards to copy into the built site at its end (placeCards), by their path in it. */
  placed: Map<string, Promise<string>>;
  stats: { drawn: number; cached: number; first: number; last: number };
  reporting?: boolean;
}
const SHARED = Symbol.for('multivector.og-render');
const cards: Cards = ((globalThis as { [SHARED]?: Cards })[SHARED] ??= {
  pending: new Map(),
  next: 0,
  files: new Map(),
  placed: new Map(),
  stats: { drawn: 0, cached: 0, first: 0, last: 0 },
});
const { files, stats } = cards;

/**
 * The card process (og-worker.ts), started with the first card: a child process, not a worker thread, so that
 * everything it draws with runs at the lowest CPU priority and takes only the time the pages leave idle.
 * Takumi draws on libuv's threads and on threads of its own, and a thread takes its priority from the one that
 * starts it: only a process of its own, lowered before its first thread starts, lowers them all. A worker
 * thread shares libuv's threads with the main one (piscina's `niceIncrement` lowers the worker's own thread
 * only), so the process is started here, with the few lines of its protocol: a card out, its id back.
 * At 1,000 articles on two cores, cards drawn from a worker thread held up the content layer and the bundle
 * until they were done: cold builds of 48–51 s, against 39–42 s from this process.
 */
function drawer(): ChildProcess {
  if (cards.drawer) return cards.drawer;
  const child = fork(WORKER, [], {
    // Not the build's own flags (scripts/build.ts loads exit-with-parent.ts, which reads fd 3, here the channel).
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { pending } = cards;
  child.on('message', ({ id, error }: CardDone) => {
    const task = pending.get(id);
    pending.delete(id);
    if (!pending.size) child.channel?.unref();
    if (error === undefined) task?.resolve();
    else task?.reject(new Error(error));
  });
  // A process that could not start, or that stopped, fails every card it still had, naming each one's file;
  // the next card starts a new process.
  const stopped = (why: string) => {
    // 'error' and 'exit' may both come; a later process's cards are not this one's to fail.
    if (cards.drawer !== child) return;
    cards.drawer = undefined;
    for (const task of pending.values()) task.reject(new Error(`${task.label}: the card process ${why}`));
    pending.clear();
  };
  child.on('error', (e) => stopped(`failed: ${e.message}`));
  child.on('exit', (code, signal) => stopped(`stopped (${signal ?? code}) before drawing the card`));
  // It never keeps a build running by itself: only while a card is awaited (the channel is ref'd then).
  child.unref();
  child.channel?.unref();
  cards.drawer = child;
  return child;
}

/** Draws a card into the cache, in the card process. */
function draw(task: CardTask): Promise<void> {
  const child = drawer();
  const id = cards.next++;
  return new Promise<void>((resolve, reject) => {
    cards.pending.set(id, { resolve, reject, label: task.label });
    child.channel?.ref();
    child.send({ id, ...task } satisfies CardOrder);
  });
}

if (process.env['MV_BUILD_TIMINGS'] && !cards.reporting) {
  cards.reporting = true;
  // Read by scripts/bench.ts: what the card process did beside the main thread.
  process.on('exit', () =>
    console.log(
      `[timings] cards: ${stats.drawn} drawn in the card process, the first done at ${(stats.first / 1000).toFixed(1)} s of the build and the last at ${(stats.last / 1000).toFixed(1)} s; ${stats.cached} from the cache`,
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
        await draw({ text, label, file: cached });
        stats.last = performance.now();
        stats.first ||= stats.last;
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
