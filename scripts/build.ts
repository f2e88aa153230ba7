/**
 * Builds the site into a temporary folder and only then swaps it into dist/, so a build that fails
 * (a content error, say, or the search index) leaves the last good site in place, whole.
 * `node scripts/build.ts` (run by `npm run build`); extra arguments go to `astro build`.
 *
 * - First, what a stopped build left is put right (scripts/dist-swap.ts): the previous site back in dist/
 *   if a swap was cut short, leftover .dist-next-* and .dist-previous-* folders removed. A build still
 *   running in this folder is left alone, and this one refuses to start.
 * - `astro build` runs as a child in its own process group: a signal that stops this script stops it
 *   too, and so does a SIGKILL of this script (scripts/exit-with-parent.ts).
 * - The exit status says which site dist/ holds: 0, the new one; anything else, the previous one (or
 *   none, when there was none), as the last line printed says.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { recover, swapIn } from './dist-swap.ts';

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

const unchanged = () =>
  existsSync(dist) ? 'dist/ still holds the previous build, untouched.' : 'Nothing was written to dist/.';

function fail(message: string, status = 1): never {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n${message}\n${unchanged()}`);
  process.exit(status);
}

const recovery = recover(root);
for (const note of recovery.notes) console.log(note);
if (recovery.running) {
  console.error(
    `\nAnother build (process ${recovery.running}) is running in this folder: wait for it to finish. If no build is running, delete the .dist-next-${recovery.running} folder.\n${unchanged()}`,
  );
  process.exit(1);
}

// Stopping this script stops the build it started, waits for it to end (it may still be writing), then
// removes its folder: dist/ stays as it was, and nothing is left behind.
let astro: ReturnType<typeof spawn> | undefined;
let stopped: { signal: NodeJS.Signals; status: number } | undefined;
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
for (const [signal, number] of Object.entries(SIGNALS) as [NodeJS.Signals, number][]) {
  process.on(signal, () => {
    stopped = { signal, status: 128 + number };
    if (!astro?.pid || astro.exitCode !== null || astro.signalCode !== null)
      fail(`Build stopped (${signal}).`, stopped.status);
    const group = -astro.pid;
    const send = (s: NodeJS.Signals) => {
      try {
        process.kill(group, s);
      } catch {
        // Already gone.
      }
    };
    send(signal);
    setTimeout(() => send('SIGKILL'), 5000).unref();
  });
}

const astroStatus = await new Promise<number>((resolve) => {
  astro = spawn(
    process.execPath,
    [
      '--import',
      pathToFileURL(path.join(import.meta.dirname, 'exit-with-parent.ts')).href,
      path.join(root, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--outDir',
      next,
      ...process.argv.slice(2),
    ],
    // Its own process group, so that a signal reaches everything it started; fd 3 tells it if this script dies.
    { stdio: ['inherit', 'inherit', 'inherit', 'pipe'], detached: true },
  );
  astro.on('error', (e) => {
    console.error(e);
    resolve(1);
  });
  astro.on('exit', (code) => resolve(code ?? 1));
});
if (stopped) fail(`Build stopped (${stopped.signal}).`, stopped.status);
if (astroStatus !== 0 || !existsSync(path.join(next, 'index.html'))) {
  // Astro stops at the first collection or page that fails. The content's checks (the same functions)
  // list every problem at once, in a second, so one failed build shows the editor all there is to fix.
  console.error('\nEvery problem with the content (npm run check:content):');
  spawnSync(process.execPath, [path.join(import.meta.dirname, 'check-content.ts'), '--root', root], {
    stdio: 'inherit',
  });
  fail('Build failed.');
}
timing('astro build');

const result = swapIn(next, dist, previous);
timing('swap into dist/, the previous site removed');
if (result.warning) console.warn(`Warning: ${result.warning}`);
if (result.holds !== 'new') {
  console.error(`\nBuild finished, but ${result.message}`);
  process.exit(1);
}
console.log(result.message);
