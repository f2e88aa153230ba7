/**
 * The cache key of the pages that grow with the archive (articles, and the archive, story, topic and
 * sources lists), for Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs): a
 * page whose key and code are those of the last build is copied from that build instead of rendered.
 *
 * Astro hashes the modules a page is rendered from itself. The key stands for everything else a page is
 * made of, read from the files themselves: every file of content/ (the collections, and what the site
 * reads beside them: the translations, the citations lock), all of src/ and astro.config.mjs (the
 * loaders that turn content into data, and the integrations that finish each page, are outside the
 * page's modules), and the year the footer's copyright shows. One key for all of them, on purpose: which
 * other articles a page shows (related articles, a story's sources, a list) is worked out from all of
 * them, so any edit renders every page again, as a build without the cache does. What the cache saves is
 * the build that changes nothing a page shows: a second build of the same commit (`npm test` after
 * `npm start`, a rerun in CI).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// Taken from the project root: the build runs there, and bundling moves this module.
const INPUTS = ['content', 'src', 'astro.config.mjs'];

/** Every file under `entry` (a file or a folder of the project), by its path from the root, in a fixed order. */
function filesOf(entry: string): string[] {
  const full = path.resolve(entry);
  if (!existsSync(full)) return [];
  let listed;
  try {
    listed = readdirSync(full, { recursive: true, withFileTypes: true });
  } catch {
    return [entry];
  }
  return listed
    .filter((e) => e.isFile())
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

let key: string | undefined;

/** The key, worked out once a build (the files are read when the first route lists its pages). */
export function pageCacheKey(): string {
  if (key) return key;
  const hash = createHash('sha256').update(`year ${new Date().getUTCFullYear()}\n`);
  for (const file of INPUTS.flatMap(filesOf)) hash.update(`${file}\n`).update(readFileSync(file)).update('\n');
  key = hash.digest('hex');
  return key;
}

/** A route's list of pages, each with the key (see above). */
export const withPageCacheKey = <T extends object>(paths: T[]): (T & { cacheKey: string })[] =>
  paths.map((p) => ({ ...p, cacheKey: pageCacheKey() }));
