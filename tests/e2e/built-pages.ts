import { filesIn, urlPathOf } from '../../src/lib/site-files.ts';

/** Every HTML page in dist/, as the URL path a reader would visit. */
export function builtPages(dist = 'dist'): string[] {
  const pages = filesIn(dist, '.html').map(urlPathOf);
  if (pages.length === 0) throw new Error(`no pages in ${dist}/: run the build first`);
  return pages;
}

export const articlePages = () => builtPages().filter((p) => p.startsWith('/articles/'));
