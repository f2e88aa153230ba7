/**
 * Lighthouse (mobile, simulated throttling) against the built site served locally, with the
 * system Chromium. Three runs per page; prints the median of each figure and fails when a page
 * misses the targets: 100 in every category, LCP ≤ 1.0 s, TBT 0 ms, CLS 0.
 * `npm run lighthouse` (builds first). Not part of `npm test`: it takes minutes and varies with load.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './serve-dist.ts';

const DEFAULT_PAGES = [
  '/',
  '/articles/kazakhstan-gaza-ceasefire-explained/',
  '/timeline/',
  '/sources/kazakhstan-diplomatic-balance-gaza-ceasefire/',
];
// `npm run lighthouse -- /timeline/` measures only the pages named.
const PAGES = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_PAGES;
const RUNS = Number(process.env['LH_RUNS'] ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const chromePath = [process.env['CHROME_PATH'], '/usr/bin/chromium'].find((p) => p && existsSync(p));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await serveDist(4350);
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const rows: { page: string; scores: Record<string, number>; lcp: number; tbt: number; cls: number }[] = [];
try {
  for (const page of PAGES) {
    const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
    for (let i = 0; i < RUNS; i++) {
      process.stdout.write(`\r${page} run ${i + 1}/${RUNS}…`.padEnd(80));
      const result = await lighthouse(`${server.origin}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      runs.push(result.lhr);
    }
    rows.push({
      page,
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, median(runs.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)))]),
      ),
      lcp: median(runs.map((r) => r.audits['largest-contentful-paint']?.numericValue ?? Infinity)),
      tbt: median(runs.map((r) => r.audits['total-blocking-time']?.numericValue ?? Infinity)),
      cls: median(runs.map((r) => r.audits['cumulative-layout-shift']?.numericValue ?? Infinity)),
    });
  }
} finally {
  await chrome.kill();
  server.stop();
}

process.stdout.write('\r'.padEnd(80) + '\r');
console.log(`Lighthouse, mobile, median of ${RUNS} runs`);
console.log('page'.padEnd(58) + 'perf  a11y  best   seo    LCP      TBT    CLS');
let failed = 0;
for (const r of rows) {
  const miss = CATEGORIES.some((c) => r.scores[c]! < 100) || r.lcp > 1000 || r.tbt > 0 || r.cls > 0;
  if (miss) failed++;
  console.log(
    r.page.padEnd(58) +
      CATEGORIES.map((c) => String(r.scores[c]).padStart(4)).join('  ') +
      `  ${(r.lcp / 1000).toFixed(2).padStart(5)} s  ${Math.round(r.tbt).toString().padStart(4)} ms  ${r.cls.toFixed(3)}` +
      (miss ? '  MISSES TARGET' : ''),
  );
}
console.log('\nTargets: 100 in every category, LCP ≤ 1.00 s, TBT 0 ms, CLS 0');
if (failed) {
  console.error(`${failed} page(s) miss the targets`);
  process.exit(1);
}
