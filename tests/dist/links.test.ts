import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../src/lib/link-check';
import { builtSite } from '../../src/lib/site-files';
import { DIST } from './dist';

// The build refuses a broken link (src/integrations/built-pages.ts); this checks the dist/ that was kept, page by page.
const { pages, files } = builtSite(DIST);

describe('every internal link and #fragment resolves', () => {
  const broken = brokenLinks(pages, files);
  it.each([...pages.keys()])('%s', (page) => {
    expect(broken.filter((b) => b.page === page).map((b) => `${b.href} (${b.reason})`)).toEqual([]);
  });
});
