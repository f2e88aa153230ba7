/**
 * Links people shared must not rot: every address the site has published (pages, feeds, timeline
 * events, source passages; tests/fixtures/published-addresses.json, added to as the site grows, never
 * taken from) still resolves in dist/, its #fragment included.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { idsIn } from '../../src/lib/link-check';
import { DIST } from './dist';

const published = JSON.parse(readFileSync('tests/fixtures/published-addresses.json', 'utf8')) as string[];

it.each(published)('%s still resolves', (address) => {
  const url = new URL(address, 'https://site.invalid');
  const file = path.join(DIST, url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);
  expect(existsSync(file), `${file} is built`).toBe(true);
  if (url.hash) expect(idsIn(readFileSync(file, 'utf8')).has(url.hash.slice(1))).toBe(true);
});
