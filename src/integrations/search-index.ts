/**
 * Pagefind's index of the built site, written to <site>/pagefind/. Pages are handed to it as Astro renders
 * them (src/integrations/built-pages.ts); a worker thread passes them to Pagefind, a process of its own
 * (search-index-worker.ts, which also says what is indexed), so the index is read on the other core while
 * the next pages render, and what is left when the last page is done is writing it. A build whose index
 * fails fails, so dist/ keeps the last good site.
 *
 * Pagefind numbers pages in the order it is given them, so they are given in the order Astro lists its
 * pages before rendering any, whatever order the renders finish in: the same site gives the same index.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { listOrder } from '../lib/list-order.ts';
import type { FromWorker, IndexedFile, ToWorker } from './search-index-worker.ts';

export type { IndexedFile };

// Taken from the project root: the build runs there, and Astro bundles the module that imports this one.
const WORKER = path.resolve('src/integrations/search-index-worker.ts');

export interface SearchIndex {
  /**
   * The render at `position` in Astro's list of pages is done: `file` is its HTML, or undefined for a
   * route that is not a page (a feed, an image). A position of undefined (a page Astro did not list) is
   * indexed after every listed one, in the order of its path.
   */
  rendered(position: number | undefined, file: IndexedFile | undefined): void;
  /**
   * The page at `position` was copied from the last build, not rendered: the index is then likely the last
   * build's too, and Pagefind is only asked for it when the pages it is given differ (search-index-worker.ts).
   */
  restored(position: number, file: IndexedFile): void;
  /** Writes the index into `site`/pagefind/; returns the problems Pagefind reported (none when it worked). */
  write(site: string): Promise<string[]>;
}

export function startSearchIndex(): SearchIndex {
  const worker = new Worker(WORKER);
  // A build that fails before its end must not wait for this thread to exit; write() holds it meanwhile.
  worker.unref();
  let failed: string | undefined;
  worker.on('error', (e) => (failed ??= `the search index's thread stopped: ${e.message}`));
  const send = (message: ToWorker) => worker.postMessage(message);

  const pages = listOrder<IndexedFile>(
    (file) => send({ add: file }),
    (a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0),
  );

  let restoring = false;
  return {
    rendered: (position, file) => pages.arrived(position, file),
    restored(position, file) {
      if (!restoring) send({ restoring: true });
      restoring = true;
      pages.arrived(position, file);
    },
    async write(site) {
      pages.finish();
      worker.ref();
      try {
        return await new Promise<string[]>((resolve) => {
          if (failed) resolve([failed]);
          worker.once('message', ({ written }: FromWorker) => resolve(written));
          worker.once('error', (e) => resolve([`the search index's thread stopped: ${e.message}`]));
          worker.once('exit', (code) =>
            resolve([`the search index's thread exited (${code}) before writing the index`]),
          );
          send({ write: site });
        });
      } finally {
        await worker.terminate();
      }
    },
  };
}
