import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every HTML page in dist/, as the URL path a reader would visit. */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = path.relative(dist, full).split(path.sep).join('/');
        pages.push('/' + rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(dist);
  if (pages.length === 0) throw new Error(`no pages in ${dist}/: run the build first`);
  return pages.sort();
}

export const articlePages = () => builtPages().filter((p) => p.startsWith('/articles/'));
