import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, SITE, distFiles, readDist, urlOf } from './dist';

// A crawler over dist/ rather than linkinator or hyperlink: those need a server or do not
// check #fragments against ids; this reads the built files directly and checks both.
const pages = distFiles('.html');
const idsOf = new Map(pages.map((f) => [urlOf(f), new Set([...readDist(f).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));

function resolve(href: string, from: string): URL | null {
  const url = new URL(href, new URL(from, SITE));
  return url.origin === new URL(SITE).origin ? url : null;
}

function fileFor(pathname: string): string | null {
  const clean = decodeURIComponent(pathname);
  for (const candidate of [clean, path.join(clean, 'index.html')]) {
    const full = path.join(DIST, candidate);
    if (existsSync(full) && !full.endsWith('/')) return full;
  }
  return null;
}

describe('every internal link and #fragment resolves', () => {
  it.each(pages)('%s', (file) => {
    const from = urlOf(file);
    const broken: string[] = [];
    for (const m of readDist(file).matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      if (/^(mailto:|tel:|data:|javascript:)/.test(href)) continue;
      const url = resolve(href, from);
      if (!url) continue;
      if (!fileFor(url.pathname)) broken.push(`${href} (no file for ${url.pathname})`);
      else if (url.hash) {
        const ids = idsOf.get(url.pathname);
        if (ids && !ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${href} (no id "${url.hash.slice(1)}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});
