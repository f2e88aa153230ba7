/** Walking a built site: used by the build, the byte budgets and the tests over dist/. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` whose name ends with `ext`, as paths relative to `dir`, sorted. */
export function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The URL path a reader visits for a built HTML file: "articles/x/index.html" → "/articles/x/". */
export const urlPathOf = (relativeFile: string) =>
  '/' +
  relativeFile
    .split(path.sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');

/**
 * What the link check reads (src/lib/link-check.ts): every built page's HTML by the URL path a reader visits,
 * and every built file by its URL path ("/rss.xml", "/articles/x/index.html").
 */
export function builtSite(dir: string): { pages: Map<string, string>; files: Set<string> } {
  const all = filesIn(dir, '');
  return {
    pages: new Map(
      all.filter((f) => f.endsWith('.html')).map((f) => [urlPathOf(f), readFileSync(path.join(dir, f), 'utf8')]),
    ),
    files: new Set(all.map((f) => `/${f.split(path.sep).join('/')}`)),
  };
}
