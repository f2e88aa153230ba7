/**
 * Pagefind's index over a built site, written to <site>/pagefind/. Called by scripts/build.ts on the
 * temporary build folder before it replaces dist/, so a failed index leaves the last good site in place.
 *
 * What is indexed: only the elements marked `data-pagefind-body` (an article's text, the source
 * document's text, the timeline); inside them, whatever is marked `data-pagefind-ignore` or matches
 * EXCLUDED below is left out. Drafts are never built, so they are never indexed.
 * Each passage can be found on its own: Pagefind records every element with an id, and the search
 * page links a match to the innermost one around it (src/lib/search.ts).
 */
import { close, createIndex } from 'pagefind';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Page furniture inside indexed regions: link labels and controls, not text a reader searches for. */
export const EXCLUDED = [
  '.heading-anchor',
  '[data-copy-wrap]',
  '.timeline-filter',
  '.timeline-status',
  '.timeline-permalink',
  // The timeline inside an article: its events are found once, on the timeline page.
  '.prose .timeline-block',
];

/** Indexes the built site in `site`; returns the problems Pagefind reported (none when it worked). */
export async function indexSite(site: string): Promise<string[]> {
  try {
    const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED });
    if (!index) return errors.length ? errors : ['Pagefind did not create an index'];
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) return added.errors;
    if (added.page_count === 0) return [`Pagefind found no pages to index in ${site}`];
    const output = path.join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath: output });
    // The search page uses Pagefind's JavaScript API with its own list; Pagefind's ready-made UIs
    // (which inject inline styles the CSP would refuse) and its highlighter are never loaded.
    for (const name of readdirSync(output)) {
      if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/.test(name)) rmSync(path.join(output, name));
    }
    return written.errors;
  } finally {
    await close();
  }
}

/** A page as the index holds it: what a search can find, and where it links. */
export interface IndexedPage {
  url: string;
  title: string;
  content: string;
  anchors: { element: string; id: string; location: number }[];
}

/**
 * Every page in a built index, read back from its fragments (gzip, after Pagefind's signature),
 * so tests can check what is, and is not, findable without a browser.
 */
export function indexedPages(site: string): IndexedPage[] {
  const dir = path.join(site, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const raw = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
    const data = JSON.parse(raw.slice(raw.indexOf('{'))) as IndexedPage & { meta: { title: string } };
    return { url: data.url, title: data.meta.title, content: data.content, anchors: data.anchors };
  });
}
