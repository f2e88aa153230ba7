import { describe, expect, it } from 'vitest';
import { builtFile } from '../../src/lib/paths';

describe('builtFile: where a page is built, which the search index turns back into its address', () => {
  it.each([
    ['/', 'index.html'],
    ['/articles/velna-dams/', 'articles/velna-dams/index.html'],
    ['/archive/2/', 'archive/2/index.html'],
    ['/404', '404.html'],
    ['/topics/gaza-ceasefire/', 'topics/gaza-ceasefire/index.html'],
  ])('%s → %s', (pathname, file) => expect(builtFile(pathname)).toBe(file));
});
