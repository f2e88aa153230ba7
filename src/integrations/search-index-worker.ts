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
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';

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

/** To the worker: a page to index, in the order the index numbers them; or where to write the index. */
export type ToWorker = { add: IndexedFile } | { write: string };
/** From the worker, once the index is written: the problems Pagefind reported, none when it worked. */
export interface FromWorker {
  written: string[];
}

const created = createIndex({ excludeSelectors: EXCLUDED });
const decoder = new TextDecoder();
// Sent to Pagefind in the order received, which is the order its index numbers the pages.
const adds: Promise<string[]>[] = [];

async function write(site: string): Promise<string[]> {
  try {
    const { index, errors } = await created;
    if (!index) return errors.length ? errors : ['Pagefind did not create an index'];
    const problems = (await Promise.all(adds)).flat();
    if (problems.length) return problems;
    if (adds.length === 0) return [`Pagefind found no pages to index in ${site}`];
    const output = path.join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath: output });
    // The search page uses Pagefind's JavaScript API with its own list; Pagefind's ready-made UIs
    // (which inject inline styles the CSP would refuse) and its highlighter are never loaded.
    for (const name of readdirSync(output)) {
      if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/.test(name)) rmSync(path.join(output, name));
    }
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
    const file = { sourcePath, content: decoder.decode(content) };
    adds.push(
      created.then(async ({ index, errors }) =>
        index ? (await index.addHTMLFile(file)).errors.map((e) => `${sourcePath}: ${e}`) : errors,
      ),
    );
  } else {
    void write(message.write).then((written) => parentPort!.postMessage({ written } satisfies FromWorker));
  }
});
