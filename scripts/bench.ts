/**
 * Build-time benchmark: 10, 100 and 1,000 synthetic articles made from the real ones, each set
 * built in a temporary copy of the project, cold (no caches) and again with the caches warm.
 * Prints seconds and milliseconds per article; fails if 1,000 articles take over 30 s cold or
 * if the time per article grows by more than half from the smallest set to the largest.
 * `npm run bench [-- 10 100]` to choose the sizes.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, copyProject } from './project-copy.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [10, 100, 1000];
const LIMIT_1000_COLD_S = 30;

function makeArticles(dir: string, count: number): void {
  const articlesDir = path.join(dir, 'content/articles');
  const originals = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(path.join(articlesDir, f), 'utf8'));
  for (const f of readdirSync(articlesDir)) rmSync(path.join(articlesDir, f));
  for (let i = 0; i < count; i++) {
    const text = originals[i % originals.length]!.replace(
      /^title: (['"]?)(.*?)\1$/m,
      (_, _q, title: string) => `title: ${JSON.stringify(`${title.slice(0, 90)} (${i + 1})`)}`,
    )
      .replace(/^featured: true$/m, `featured: ${i === 0}`)
      .replace(/^published: .*$/m, `published: '${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()}'`);
    writeFileSync(path.join(articlesDir, `synthetic-${String(i + 1).padStart(4, '0')}.mdx`), text);
  }
}

function timed(dir: string, label: string): number {
  process.stdout.write(`\r  ${label}: building…`.padEnd(60));
  const start = performance.now();
  const { ok, output } = build(dir);
  const seconds = (performance.now() - start) / 1000;
  if (!ok) throw new Error(`${label}: the build failed\n${output.slice(-2000)}`);
  return seconds;
}

const rows: { n: number; cold: number; warm: number }[] = [];
for (const n of SIZES) {
  const dir = copyProject();
  try {
    makeArticles(dir, n);
    for (const cache of ['.cache', 'node_modules/.astro', '.astro'])
      rmSync(path.join(dir, cache), { recursive: true, force: true });
    const cold = timed(dir, `${n} articles, cold`);
    const warm = timed(dir, `${n} articles, caches warm`);
    rows.push({ n, cold, warm });
    process.stdout.write(`\r  ${n} articles: cold ${cold.toFixed(1)} s, warm ${warm.toFixed(1)} s`.padEnd(60) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\narticles   cold (s)   ms/article   warm (s)   ms/article');
for (const { n, cold, warm } of rows) {
  const per = (s: number) => ((s * 1000) / n).toFixed(1).padStart(10);
  console.log(
    `${String(n).padStart(8)}   ${cold.toFixed(2).padStart(8)}   ${per(cold)}   ${warm.toFixed(2).padStart(8)}   ${per(warm)}`,
  );
}

const problems: string[] = [];
const thousand = rows.find((r) => r.n === 1000);
if (thousand && thousand.cold > LIMIT_1000_COLD_S)
  problems.push(`1,000 articles took ${thousand.cold.toFixed(1)} s cold (limit ${LIMIT_1000_COLD_S} s)`);
if (rows.length > 2) {
  // A fixed start-up cost makes small sets dear per article, so compare what each added article
  // costs between consecutive sizes: linear growth keeps that marginal cost flat.
  const marginal = rows.slice(1).map((r, i) => (r.cold - rows[i]!.cold) / (r.n - rows[i]!.n));
  console.log(
    `\nmarginal cost per added article: ${marginal.map((m) => `${(m * 1000).toFixed(1)} ms`).join(', then ')}`,
  );
  if (marginal.at(-1)! > 2 * marginal[0]! + 0.002)
    problems.push('build time grows faster than linearly with the number of articles');
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
