/**
 * Reads back a built search index (written by src/integrations/search-index.ts as Astro renders the
 * pages), so tests can check what is, and is not, findable without a browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

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
