import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../src/lib/link-check';
import { distFiles, readDist, urlOf } from './dist';

// The build refuses a broken link (scripts/build.ts); this checks the dist/ that was kept, page by page.
const pages = new Map(distFiles('.html').map((f) => [urlOf(f), readDist(f)]));
const files = new Set(distFiles('').map((f) => `/${f}`));

describe('every internal link and #fragment resolves', () => {
  const broken = brokenLinks(pages, files);
  it.each([...pages.keys()])('%s', (page) => {
    expect(broken.filter((b) => b.page === page).map((b) => `${b.href} (${b.reason})`)).toEqual([]);
  });
});
