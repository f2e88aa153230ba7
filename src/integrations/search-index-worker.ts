/**
 * The thread that talks to Pagefind (src/integrations/search-index.ts starts it). Pagefind's Node API
 * sends each page to its process as base64 JSON down a pipe, which cost the main thread more than 1 ms a
 * page; here it costs the thread that renders pages nothing but handing the page over.
 * Imports carry their extension because Node loads this file itself, in a worker thread, outside Vite.
 *
 * What is indexed: only the elements marked `data-pagefind-body` (an article's text, the source
 * document's text, the timeline); inside them, whatever is marked `data-pagefind-ignore` or matches
 * EXCLUDED below is left out. Drafts are never built, so they are never indexed.
 * Each passage can be found on its own: Pagefind records every element with an id, and the search
 * page links a match to the innermost one around it (src/lib/search.ts).
 *
 * The index written is kept in .cache/search-index/ under a hash of every page it was made from, in order
 * (with Pagefind's version and this file's own text). When a build copied pages from the last one (Astro's
 * incremental build, src/data/page-cache-key.ts), the pages are held back rather than given to Pagefind, and
 * if they hash to the kept index's key, that index is put in the site (mirror, below): the same pages make the same
 * index, and Pagefind's 5 s of CPU at 1,000 articles are not spent again. Pages that differ are indexed then.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import { packageVersion } from '../lib/package-version.ts';

/** Page furniture inside indexed regions: link labels and controls, not text a reader searches for. */
export const EXCLUDED = [
  '.heading-anchor',
  '[data-copy-wrap]',
  '.timeline-filter',
  '.timeline-status',
  '.timeline-permalink',
  // Evidence markers: a passage id or "context" after the words "Evidence: " for screen readers. Kept in,
  // they were glued to the paragraph's last word ("peoples.Evidence:"), which no search then matched.
  '.ev',
  // The timeline inside an article: its events are found once, on the timeline page.
  '.prose .timeline-block',
];

/**
 * A built HTML file: where it is in the site ("articles/x/index.html"), from which Pagefind makes its URL,
 * and its bytes as Astro writes them (UTF-8). Bytes, not text: handing a page's text to a thread costs more
 * than copying its bytes, which the page has already been encoded into.
 */
export interface IndexedFile {
  sourcePath: string;
  content: Uint8Array;
}

/**
 * To the worker: a page to index, in the order the index numbers them; that pages were copied from the last
 * build (hold the pages back until the cached index is compared); or where to write the index.
 */
export type ToWorker = { add: IndexedFile } | { restoring: true } | { write: string };
/** From the worker, once the index is written: the problems Pagefind reported, none when it worked. */
export interface FromWorker {
  written: string[];
}

// Taken from the project root: the build runs there.
const CACHE = path.resolve('.cache/search-index');
const CACHE_KEY = path.join(CACHE, 'key');
const PAGEFIND_VERSION = packageVersion('pagefind');

const created = createIndex({ excludeSelectors: EXCLUDED });
const decoder = new TextDecoder();

/**
 * A page as Pagefind is given it: without the text of its inline stylesheet, a third of every page's bytes
 * (21 KB), which Pagefind never indexes but which its Node API encoded as base64 and sent down the pipe for
 * it to parse. The index is the same file for file (compared over 1,261 pages); the hash above keys the
 * cache on the page as built.
 */
const withoutStyles = (html: string) => html.replace(/(<style\b[^>]*>)[^<]*(<\/style>)/g, '$1$2');
// Sent to Pagefind in the order received, which is the order its index numbers the pages.
const adds: Promise<string[]>[] = [];
// What makes the index besides the pages: Pagefind, and this file (its options, what it removes from the output).
const pages = createHash('sha256')
  .update(`pagefind ${PAGEFIND_VERSION}\n`)
  .update(readFileSync(fileURLToPath(import.meta.url)));
let count = 0;
/** Pages not yet given to Pagefind, while a build that copied pages waits to compare the cached index. */
let held: { sourcePath: string; content: string }[] | undefined;

function add(file: { sourcePath: string; content: string }): void {
  adds.push(
    created.then(async ({ index, errors }) =>
      index ? (await index.addHTMLFile(file)).errors.map((e) => `${file.sourcePath}: ${e}`) : errors,
    ),
  );
}

/**
 * The files of folder `from` at `to`, as hard links: some thousand files at 1,000 articles, which a copy
 * would add to the end of every build. Links are safe here because neither the site's files nor the cache's
 * are ever changed in place, only written anew; where links cannot be made (another file system), copied.
 */
function mirror(from: string, to: string): void {
  try {
    for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
      const source = path.join(entry.parentPath, entry.name);
      const target = path.join(to, path.relative(from, source));
      if (entry.isDirectory()) mkdirSync(target, { recursive: true });
      else {
        mkdirSync(path.dirname(target), { recursive: true });
        linkSync(source, target);
      }
    }
  } catch {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
}

const cachedKey = () => (existsSync(CACHE_KEY) ? readFileSync(CACHE_KEY, 'utf8') : undefined);

/**
 * The index just written, kept for the next build: in a folder of its own, put in place whole. A cache that
 * cannot be written (a full disk) fails nothing: the next build makes its index again.
 */
function keep(output: string, key: string): void {
  const next = `${CACHE}.${process.pid}.tmp`;
  try {
    rmSync(next, { recursive: true, force: true });
    mirror(output, path.join(next, 'pagefind'));
    writeFileSync(path.join(next, 'key'), key);
    rmSync(CACHE, { recursive: true, force: true });
    renameSync(next, CACHE);
  } catch {
    rmSync(next, { recursive: true, force: true });
  }
}

/** The kept index put in the site, if it was made from these pages; false (and nothing left) if it cannot be. */
function reuse(output: string, key: string): boolean {
  if (cachedKey() !== key) return false;
  try {
    mirror(path.join(CACHE, 'pagefind'), output);
    return true;
  } catch {
    rmSync(output, { recursive: true, force: true });
    return false;
  }
}

async function write(site: string): Promise<string[]> {
  try {
    const output = path.join(site, 'pagefind');
    const key = pages.digest('hex');
    if (held && count > 0 && reuse(output, key)) return [];
    for (const file of held ?? []) add(file);
    const { index, errors } = await created;
    if (!index) return errors.length ? errors : ['Pagefind did not create an index'];
    const problems = (await Promise.all(adds)).flat();
    if (problems.length) return problems;
    if (adds.length === 0) return [`Pagefind found no pages to index in ${site}`];
    const written = await index.writeFiles({ outputPath: output });
    // The search page uses Pagefind's JavaScript API with its own list; Pagefind's ready-made UIs
    // (which inject inline styles the CSP would refuse) and its highlighter are never loaded.
    for (const name of readdirSync(output)) {
      if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/.test(name)) rmSync(path.join(output, name));
    }
    if (written.errors.length === 0) keep(output, key);
    return written.errors;
  } catch (e) {
    return [String(e)];
  } finally {
    await close();
  }
}

parentPort?.on('message', (message: ToWorker) => {
  if ('add' in message) {
    const { sourcePath, content } = message.add;
    pages.update(`${sourcePath}\n`).update(content).update('\n');
    count++;
    const file = { sourcePath, content: withoutStyles(decoder.decode(content)) };
    if (held) held.push(file);
    else add(file);
  } else if ('restoring' in message) {
    held ??= [];
  } else {
    void write(message.write).then((written) => parentPort!.postMessage({ written } satisfies FromWorker));
  }
});
