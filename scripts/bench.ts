/**
 * Build-time benchmark against a bare Astro + MDX site, in the same run. For each size N, our
 * articles are copied N times into a temporary copy of the project, which is built cold (no
 * caches) and again warm (content store and preview cards cached); a bare Astro 7 + MDX site of the
 * same N articles (scripts/bench-bare-site.ts) is built cold and warm beside it, from the same
 * node_modules. Prints the seconds, the ratios, and where our build's time goes, read from the
 * build's own output as it arrives: Astro's phases and each route it generates, plus the figures
 * scripts/build.ts and the card process print under MV_BUILD_TIMINGS=1.
 *
 * Fails when, at 1,000 articles or more, our cold build takes more than 3.0× the bare one, or
 * our warm build more than 1.6× (the aim is 1.3×). A warm build changes nothing, so Astro's incremental
 * build copies every article page from the last one (src/data/page-cache-key.ts); a third build of ours,
 * after one article's title is edited, shows what an editor's change costs (every page rendered again,
 * one card drawn), against the bare site's warm build, for the record: it has no limit.
 *
 *   npm run bench                   10, 100 and 1,000 articles
 *   npm run bench -- 10 100         quick runs
 *   npm run bench -- 1000 --runs 3  each build three times, the fastest kept (a shared machine is noisy)
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { makeBareSite } from './bench-bare-site.ts';
import { copyProject, edit, editStory } from './project-copy.ts';
import { filesIn } from '../src/lib/site-files.ts';

const ROOT = process.cwd();
const LIMIT = { cold: 3.0, warm: 1.6, aimWarm: 1.3, fromArticles: 1000 };

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) || undefined : undefined;
};
const RUNS = option('--runs') ?? 1;
const sizes = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
const SIZES = sizes.length ? sizes : [10, 100, 1000];

/** N copies of our articles, each with its own title and time, so every card and page differs. */
function syntheticArticles(count: number): Map<string, string> {
  const dir = path.join(ROOT, 'content/articles');
  const originals = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const articles = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const text = originals[i % originals.length]!.replace(
      /^title: (['"]?)(.*?)\1$/m,
      (_, _q, title: string) => `title: ${JSON.stringify(`${title.slice(0, 90)} (${i + 1})`)}`,
    )
      .replace(/^featured: true$/m, `featured: ${i === 0}`)
      .replace(/^published: .*$/m, `published: '${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()}'`);
    articles.set(`synthetic-${String(i + 1).padStart(4, '0')}.mdx`, text);
  }
  return articles;
}

function ourSite(articles: Map<string, string>): string {
  const dir = copyProject();
  const articlesDir = path.join(dir, 'content/articles');
  for (const f of readdirSync(articlesDir)) rmSync(path.join(articlesDir, f), { recursive: true });
  for (const [name, text] of articles) writeFileSync(path.join(articlesDir, name), text);
  // The copies belong to today's story, as ours do.
  editStory(dir, (story) => {
    story.articles = [...articles.keys()].map((name) => name.replace(/\.mdx$/, ''));
    story.lead = story.articles[0]!;
  });
  // The copies cite the source as ours do: record what their citations show, as an editor would (npm run citations).
  const cited = spawnSync(process.execPath, ['scripts/citations.ts'], {
    cwd: dir,
    encoding: 'utf8',
    // It lists every citation it records: thousands of lines at 1,000 articles.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (cited.status !== 0) throw new Error(`npm run citations failed in the copy:\n${cited.stderr}`);
  return dir;
}

const CACHES = ['.cache', '.astro', 'node_modules/.astro', 'node_modules/.vite'];
/**
 * An editor's change: one article's title, edited (or the edit undone), which every list and feed shows.
 * edit() fails if nothing changed, so the build after it is never a second warm build unawares.
 */
const editOneTitle = (dir: string) =>
  edit(dir, 'content/articles/synthetic-0001.mdx', (text) =>
    text.replace(
      /^(title: ".*?)( \(edited\))?(")$/m,
      (_, head: string, mark: string | undefined, end: string) => `${head}${mark ? '' : ' (edited)'}${end}`,
    ),
  );

const clearCaches = (dir: string) => {
  for (const cache of CACHES) rmSync(path.join(dir, cache), { recursive: true, force: true });
};

/**
 * CPU seconds used so far by this process's finished children and theirs (Linux's /proc; 0 elsewhere).
 * Unlike seconds on the clock, these hardly change when other work shares the machine.
 */
function childrenCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime, in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

/** What a build printed, each chunk with the milliseconds since the build started. */
type Output = { t: number; text: string }[];

function timedBuild(dir: string, command: string[]): Promise<{ seconds: number; cpu: number; output: Output }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const output: Output = [];
    const child = spawn(process.execPath, command, {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', MV_BUILD_TIMINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const record = (chunk: Buffer) => output.push({ t: performance.now() - start, text: chunk.toString('utf8') });
    child.stdout.on('data', record);
    child.stderr.on('data', record);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (code === 0) resolve({ seconds, cpu: childrenCpuSeconds() - cpuBefore, output });
      else {
        const text = output.map((o) => o.text).join('');
        reject(new Error(`the build in ${dir} failed (exit ${code}):\n${text.slice(-3000)}`));
      }
    });
  });
}

const CARDS = 'preview cards (waiting for them, copied in)';

/** The kind of work a generated route is, for the breakdown. */
function routeKind(route: string): string {
  if (/^\/articles\/[^/]+\/index\.html$/.test(route)) return 'article pages';
  if (route.startsWith('/og/')) return CARDS;
  if (/\.(?:xml|json)$/.test(route)) return 'feeds';
  if (route.endsWith('.html')) return 'other pages';
  return 'other files';
}

/**
 * Where the time went, in seconds, from the moments Astro's messages arrived. The routes Astro
 * generates two at a time: between two messages, the time is shared among those in flight (a
 * route's end is not named, so the one in flight longest is taken as the one that ended).
 */
function breakdown(output: Output, totalSeconds: number): Map<string, number> {
  const at = (pattern: RegExp, after = 0) => output.find((o) => o.t >= after && pattern.test(o.text))?.t;
  const phases = new Map<string, number>();
  const add = (name: string, ms: number) => phases.set(name, (phases.get(name) ?? 0) + ms / 1000);

  const syncing = at(/\[content\] Syncing content/);
  const synced = at(/\[content\] Synced content/);
  const bundling = at(/Building static entrypoints/);
  const generating = at(/generating static routes/);
  if (syncing === undefined || synced === undefined || bundling === undefined || generating === undefined)
    return phases;
  add('start-up and configuration', syncing);
  add('content layer (loaders, MDX frontmatter)', synced - syncing);
  add('types and build information', bundling - synced);
  add('Vite bundling (MDX and components compiled)', generating - bundling);

  const inFlight: { kind: string }[] = [];
  let last = generating;
  let firstRoute: number | undefined;
  let lastEnd = generating;
  for (const o of output) {
    if (o.t < generating) continue;
    // A page rendered ends with its time, "(+12ms)"; one copied from the last build with "(cached)" or "(restored)".
    for (const m of o.text.matchAll(/├─ (\S+)|\(\+[\d.]+m?s\)|\((?:cached|restored)\)/g)) {
      if (inFlight.length) for (const r of inFlight) add(r.kind, (o.t - last) / inFlight.length);
      last = o.t;
      if (m[1]) {
        firstRoute ??= o.t;
        inFlight.push({ kind: routeKind(m[1]) });
      } else {
        inFlight.shift();
        lastEnd = o.t;
      }
    }
  }
  if (firstRoute !== undefined) add('getStaticPaths (every route’s list)', firstRoute - generating);
  const done = at(/\[build\] Complete!/, lastEnd) ?? lastEnd;
  // The first hook after the routes (src/integrations/early-cards.ts) waits for the article cards and copies them.
  const copied = at(/preview cards copied into the site/, lastEnd) ?? lastEnd;
  add(CARDS, copied - lastEnd);
  add('after the routes (search index, sitemap)', done - copied);

  // scripts/build.ts and the card process print their own figures.
  const astroEnd = at(/\[timings\] astro build/);
  if (astroEnd !== undefined) add('Astro shutting down', astroEnd - done);
  const text = output.map((o) => o.text).join('');
  // Every step scripts/build.ts times after `astro build` (the swap into dist/).
  for (const m of text.matchAll(/\[timings\] ([^:\n]+): ([\d.]+) s/g)) {
    if (m[1] !== 'astro build') add(`after Astro: ${m[1]}`, Number(m[2]) * 1000);
  }
  const accounted = [...phases.values()].reduce((s, v) => s + v, 0);
  phases.set('the rest (node start-up, unaccounted)', Math.max(0, totalSeconds - accounted));
  return phases;
}

/** What the card process said it did, beside the main thread (scripts/build.ts under MV_BUILD_TIMINGS). */
const cardsLine = (output: Output) =>
  /\[timings\] (cards: .*)/.exec(output.map((o) => o.text).join(''))?.[1] ?? 'cards: no figures printed';

/** The largest files a reader or a feed reader would fetch, to watch that they stay bounded. */
function largestOutputs(dist: string): string {
  const sizes = [...filesIn(dist, '.html'), ...filesIn(dist, '.xml'), ...filesIn(dist, '.json')]
    .filter((f) => !f.startsWith('pagefind') && !f.startsWith('sitemap'))
    .map((f) => ({ f, size: statSync(path.join(dist, f)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 4);
  const human = (n: number) => (n > 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(0)} kB`);
  return sizes.map(({ f, size }) => `${f} ${human(size)}`).join(', ');
}

interface Run {
  seconds: number;
  /** CPU seconds, every thread and child process together. */
  cpu: number;
  phases: Map<string, number>;
  cards: string;
}
const best = (runs: Run[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

interface Row {
  n: number;
  ours: { cold: Run; warm: Run; edited: Run };
  bare: { cold: Run; warm: Run };
  largest: string;
}

const ASTRO = path.join('node_modules', 'astro', 'bin', 'astro.mjs');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`Load average at the start: ${load()} (2 cores; figures are unreliable above ~1)`);

const rows: Row[] = [];
for (const n of SIZES) {
  const articles = syntheticArticles(n);
  const site = ourSite(articles);
  const bareDir = makeBareSite(ROOT, articles);
  const runs = {
    ours: { cold: [] as Run[], warm: [] as Run[], edited: [] as Run[] },
    bare: { cold: [] as Run[], warm: [] as Run[], edited: [] as Run[] },
  };
  let largest = '';
  try {
    for (let r = 1; r <= RUNS; r++) {
      const label = `${n} articles${RUNS > 1 ? `, run ${r} of ${RUNS}` : ''}`;
      const step = async (who: 'ours' | 'bare', temp: 'cold' | 'warm' | 'edited') => {
        const dir = who === 'ours' ? site : bareDir;
        const what = temp === 'edited' ? 'warm, one title edited' : temp;
        process.stdout.write(`  ${label}: ${who === 'ours' ? 'this site' : 'bare Astro'}, ${what}… `);
        if (temp === 'cold') clearCaches(dir);
        if (temp === 'edited') editOneTitle(dir);
        const { seconds, cpu, output } = await timedBuild(
          dir,
          who === 'ours' ? ['scripts/build.ts'] : [ASTRO, 'build'],
        );
        runs[who][temp].push({ seconds, cpu, phases: breakdown(output, seconds), cards: cardsLine(output) });
        console.log(`${seconds.toFixed(1)} s, ${cpu.toFixed(1)} s of CPU (load ${load()})`);
      };
      // Alternated, so that a burst of load elsewhere falls on both sites rather than one.
      await step('ours', 'cold');
      await step('bare', 'cold');
      if (r === 1) largest = largestOutputs(path.join(site, 'dist'));
      await step('ours', 'warm');
      await step('bare', 'warm');
      await step('ours', 'edited');
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
  }
  const row = {
    n,
    ours: { cold: best(runs.ours.cold), warm: best(runs.ours.warm), edited: best(runs.ours.edited) },
    bare: { cold: best(runs.bare.cold), warm: best(runs.bare.warm) },
    largest,
  };
  rows.push(row);

  const s = (x: number) => x.toFixed(1).padStart(7);
  console.log(`\nWhere the time goes at ${n} articles (seconds${RUNS > 1 ? ', fastest run' : ''}):`);
  console.log(`${''.padEnd(58)}this site               bare Astro`);
  console.log(`${''.padEnd(58)}   cold   warm edited    cold   warm`);
  const names = [...new Set(Object.values(row.ours).flatMap((run) => [...run.phases.keys()]))];
  const value = (run: Run, name: string) => {
    const v = run.phases.get(name);
    return v === undefined ? '      –' : s(v);
  };
  for (const name of names) {
    console.log(
      `  ${name.padEnd(56)}${value(row.ours.cold, name)}${value(row.ours.warm, name)}${value(row.ours.edited, name)} ${value(row.bare.cold, name)}${value(row.bare.warm, name)}`,
    );
  }
  console.log(
    `  ${'total'.padEnd(56)}${s(row.ours.cold.seconds)}${s(row.ours.warm.seconds)}${s(row.ours.edited.seconds)} ${s(row.bare.cold.seconds)}${s(row.bare.warm.seconds)}`,
  );
  console.log(
    `  ${'CPU seconds (all threads and processes)'.padEnd(56)}${s(row.ours.cold.cpu)}${s(row.ours.warm.cpu)}${s(row.ours.edited.cpu)} ${s(row.bare.cold.cpu)}${s(row.bare.warm.cpu)}`,
  );
  for (const [temp, run] of Object.entries(row.ours)) console.log(`  ${temp}, beside the main thread: ${run.cards}`);
  console.log(`  largest files of this site: ${largest}\n`);
}

console.log(
  'articles   this site cold/warm (s)   bare cold/warm (s)   ratio cold   ratio warm   CPU ratio cold / warm   one title edited (s, × bare warm)',
);
const problems: string[] = [];
for (const { n, ours, bare } of rows) {
  const cold = ours.cold.seconds / bare.cold.seconds;
  const warm = ours.warm.seconds / bare.warm.seconds;
  console.log(
    `${String(n).padStart(8)}   ${`${ours.cold.seconds.toFixed(1)} / ${ours.warm.seconds.toFixed(1)}`.padStart(23)}   ${`${bare.cold.seconds.toFixed(1)} / ${bare.warm.seconds.toFixed(1)}`.padStart(18)}   ${`${cold.toFixed(2)}×`.padStart(10)}   ${`${warm.toFixed(2)}×`.padStart(10)}   ${`${(ours.cold.cpu / bare.cold.cpu).toFixed(2)}× / ${(ours.warm.cpu / bare.warm.cpu).toFixed(2)}×`.padStart(21)}   ${`${ours.edited.seconds.toFixed(1)} (${(ours.edited.seconds / bare.warm.seconds).toFixed(2)}×)`.padStart(33)}`,
  );
  if (n < LIMIT.fromArticles) continue;
  if (cold > LIMIT.cold) problems.push(`${n} articles cold: ${cold.toFixed(2)}× the bare site (limit ${LIMIT.cold}×)`);
  if (warm > LIMIT.warm) problems.push(`${n} articles warm: ${warm.toFixed(2)}× the bare site (limit ${LIMIT.warm}×)`);
  else if (warm > LIMIT.aimWarm) console.log(`  (warm within the limit, above the ${LIMIT.aimWarm}× aim)`);
}
console.log(`Load average at the end: ${load()}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
