/**
 * Builds the site into a temporary folder and only then swaps it into dist/, so a build that
 * fails (a content error, say, or the search index) leaves the last good site in place, whole.
 * `node scripts/build.ts` (run by `npm run build`); extra arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hoistIslandStyle } from '../src/lib/island-style.ts';
import { indexSite } from './search-index.ts';
import { filesIn } from './site-files.ts';

const root = process.cwd();
const dist = path.join(root, 'dist');
const next = path.join(root, `.dist-next-${process.pid}`);
const previous = path.join(root, `.dist-previous-${process.pid}`);
// MV_BUILD_TIMINGS=1 (set by scripts/bench.ts): print how long each step took.
let stepStart = performance.now();
const timing = (step: string) => {
  const now = performance.now();
  if (process.env['MV_BUILD_TIMINGS']) console.log(`[timings] ${step}: ${((now - stepStart) / 1000).toFixed(2)} s`);
  stepStart = now;
};

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status === 0;
}

rmSync(next, { recursive: true, force: true });
const ok = run(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', next, ...process.argv.slice(2)]);
if (!ok || !existsSync(path.join(next, 'index.html'))) {
  rmSync(next, { recursive: true, force: true });
  console.error(
    `\nBuild failed: ${existsSync(dist) ? 'dist/ still holds the previous build, untouched' : 'nothing was written to dist/'}.`,
  );
  process.exit(1);
}
timing('astro build');
// Valid HTML: Astro's island rule moves from <body> to <head> (see src/lib/island-style.ts).
for (const file of filesIn(next, '.html').map((f) => path.join(next, f))) {
  const html = readFileSync(file, 'utf8');
  const fixed = hoistIslandStyle(html);
  if (fixed !== html) writeFileSync(file, fixed);
}

timing('island style');
const searchErrors = await indexSite(next);
timing('search index');
if (searchErrors.length) {
  rmSync(next, { recursive: true, force: true });
  console.error(
    `\nSearch index failed:\n${searchErrors.join('\n')}\n${existsSync(dist) ? 'dist/ still holds the previous build, untouched.' : 'Nothing was written to dist/.'}`,
  );
  process.exit(1);
}
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log('dist/ now holds the new build.');
