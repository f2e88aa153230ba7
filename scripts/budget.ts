/**
 * Byte budgets over the built site. Prints a table per page and exits non-zero when a page
 * is over budget. Run after `astro build`: `node scripts/budget.ts [dist]`.
 *
 *  - HTML + CSS, brotli-compressed: at most 14 KB (the first round trip), aiming for 10 KB, on every
 *    page, island or not, counted as the browser fetches it: the HTML document whole, with what is
 *    inline in it (styles, scripts, JSON-LD, the CSP), plus any stylesheet it links.
 *  - JavaScript, gzip: at most 1.5 KB on pages without an island (the theme toggle), and at most
 *    12 KB in total where an island is, counting every module the page loads, static imports included.
 *    A module reached only through a dynamic import() loads on demand, not with the page: it is listed
 *    apart and not counted (@astrojs/preact's client imports @preact/signals that way, for signal props).
 *  - The search page: its own script at most 4 KB gzip; Pagefind (its script, worker, WebAssembly and
 *    index in dist/pagefind/) loads only there, on the first search, and all of it together at most 150 KB.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { unlocalizedPath } from '../src/lib/paths.ts';
import { filesIn, urlPathOf } from '../src/lib/site-files.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const KB = 1024;
export const BUDGET = {
  htmlCss: 14 * KB,
  aimHtmlCss: 10 * KB,
  plainJs: 1.5 * KB,
  islandJs: 12 * KB,
  searchJs: 4 * KB,
  searchIndex: 150 * KB,
};
const SEARCH_PAGE = '/search/';

const brotli = (b: Buffer | string) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

function fileFor(url: string): string {
  const file = path.join(dist, decodeURI(url.split(/[?#]/)[0]!));
  if (!existsSync(file)) throw new Error(`a page references ${url}, which is not in ${dist}`);
  return file;
}

/** A module and everything it imports statically, each file once; targets of import() go to `lazy`. */
function moduleGraph(url: string, seen: Set<string>, lazy: Set<string>): void {
  if (seen.has(url)) return;
  seen.add(url);
  const code = readFileSync(fileFor(url), 'utf8');
  const resolve = (spec: string) => new URL(spec, `http://x${url}`).pathname;
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    moduleGraph(resolve(m[1]!), seen, lazy);
  }
  for (const m of code.matchAll(/import\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)) lazy.add(resolve(m[1]!));
}

interface Row {
  page: string;
  htmlCss: number;
  js: number;
  island: boolean;
  /** Modules only a dynamic import() reaches: shipped in dist/, loaded on demand, not counted in `js`. */
  lazy: string[];
  problems: string[];
}

export function measure(file: string): Row {
  const html = readFileSync(file, 'utf8');
  const page = urlPathOf(path.relative(dist, file));
  const problems: string[] = [];
  let htmlCss = brotli(html);
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g))
    htmlCss += brotli(readFileSync(fileFor(m[1]!)));

  const modules = new Set<string>();
  const lazy = new Set<string>();
  let inlineJs = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/type="application\/(?:ld\+)?json"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) moduleGraph(src, modules, lazy);
    else inlineJs += gzip(m[2]!);
    // An inline module's imports, dynamic ones included: inline scripts run as the page loads.
    for (const i of m[2]!.matchAll(/import\(["']([^"']+\.js)["']\)|from\s*["']([^"']+\.js)["']/g))
      moduleGraph(i[1] ?? i[2]!, modules, lazy);
  }
  const island = /<astro-island\b/.test(html);
  // Astro's island runtime imports these when the island hydrates.
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) moduleGraph(m[1]!, modules, lazy);
  for (const url of modules) lazy.delete(url);
  const js = inlineJs + [...modules].reduce((sum, url) => sum + gzip(readFileSync(fileFor(url))), 0);

  // Render-blocking: an external stylesheet beyond the one allowed, or a classic script in <head>.
  const head = html.slice(0, html.indexOf('</head>'));
  const stylesheets = [...head.matchAll(/<link[^>]+rel="stylesheet"/g)].length;
  if (stylesheets > 1) problems.push(`${stylesheets} render-blocking stylesheets (at most one, or CSS inlined)`);
  for (const s of head.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"[^>]*>/g)) {
    if (!/\b(?:async|defer|type="module")/.test(s[1]! + s[0])) problems.push(`render-blocking script ${s[2]}`);
  }
  for (const img of html.matchAll(/<img\b[^>]*>/g)) {
    if (!/\bwidth=/.test(img[0]) || !/\bheight=/.test(img[0]))
      problems.push(`image without width and height: ${img[0].slice(0, 80)}`);
  }
  if (htmlCss > BUDGET.htmlCss) problems.push(`HTML + CSS ${kb(htmlCss)} over ${kb(BUDGET.htmlCss)}`);
  // Every edition's search page runs the same script (/search/, /ru/search/).
  const jsBudget =
    unlocalizedPath(page).path === SEARCH_PAGE ? BUDGET.searchJs : island ? BUDGET.islandJs : BUDGET.plainJs;
  if (js > jsBudget) problems.push(`JavaScript ${kb(js)} over ${kb(jsBudget)}${island ? ' (island page)' : ''}`);
  return { page, htmlCss, js, island, lazy: [...lazy].sort(), problems };
}

const kb = (n: number) => `${(n / KB).toFixed(2)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = filesIn(dist, '.html')
    .map((f) => path.join(dist, f))
    .map(measure)
    .sort((a, b) => a.page.localeCompare(b.page));
  const width = Math.max(...rows.map((r) => r.page.length));
  console.log(`${'page'.padEnd(width)}  HTML+CSS (br)  JS (gz)   status`);
  for (const r of rows) {
    const status = r.problems.length
      ? `OVER: ${r.problems.join('; ')}`
      : r.htmlCss > BUDGET.aimHtmlCss
        ? 'ok (above the 10 KB aim)'
        : 'ok';
    console.log(
      `${r.page.padEnd(width)}  ${kb(r.htmlCss).padStart(13)}  ${kb(r.js).padStart(8)}  ${r.island ? '[island] ' : ''}${status}`,
    );
  }
  const over = rows.filter((r) => r.problems.length);
  const lazy = [...new Set(rows.flatMap((r) => r.lazy))].sort();
  if (lazy.length) {
    console.log(
      `\nLoaded only on demand through import(), not counted: ${lazy.map((url) => `${url} (${kb(gzip(readFileSync(fileFor(url))))} gz)`).join(', ')}`,
    );
  }
  console.log(
    `\n${rows.length} pages; budgets: HTML+CSS ≤ ${kb(BUDGET.htmlCss)} br, JS ≤ ${kb(BUDGET.plainJs)} gz (${kb(BUDGET.islandJs)} with an island)`,
  );
  // Everything a search can fetch (gzip; the WebAssembly and index files are compressed already).
  const pagefind = path.join(dist, 'pagefind');
  // Only the WebAssembly of the languages indexed is fetched (Pagefind also writes a fallback, "unknown").
  const languages: Record<string, { wasm?: string }> = existsSync(path.join(pagefind, 'pagefind-entry.json'))
    ? JSON.parse(readFileSync(path.join(pagefind, 'pagefind-entry.json'), 'utf8')).languages
    : {};
  // A search fetches the shared files and its own language's (Pagefind indexes by <html lang>: one index per
  // edition, "en-gb_…", "ru-ru_…"), so each language's index has the budget to itself.
  const allFiles = existsSync(pagefind)
    ? readdirSync(pagefind, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    : [];
  const size = (e: (typeof allFiles)[number]) =>
    Math.min(statSync(path.join(e.parentPath, e.name)).size, gzip(readFileSync(path.join(e.parentPath, e.name))));
  const tags = Object.keys(languages);
  const langOf = (name: string) =>
    tags.find((tag) => name.includes(`${tag}_`) || name === `wasm.${languages[tag]?.wasm}.pagefind`);
  const shared = allFiles.filter((e) => !e.name.startsWith('wasm.') && langOf(e.name) === undefined);
  const sharedBytes = shared.reduce((sum, e) => sum + size(e), 0);
  let searchOver = false;
  for (const tag of tags.length ? tags : ['']) {
    const own = allFiles.filter((e) => tag && langOf(e.name) === tag);
    const searchBytes = sharedBytes + own.reduce((sum, e) => sum + size(e), 0);
    const overHere = searchBytes > BUDGET.searchIndex;
    searchOver ||= overHere;
    console.log(
      `Search (the search pages only, on the first search${tag ? `, in ${tag}` : ''}): dist/pagefind/ holds ${shared.length + own.length} files for it, ${kb(searchBytes)} gz (budget ${kb(BUDGET.searchIndex)})${overHere ? ': OVER' : ''}`,
    );
  }
  if (over.length || searchOver) {
    console.error(`${over.length} page(s) over budget${searchOver ? '; the search index over budget' : ''}`);
    process.exit(1);
  }
}
