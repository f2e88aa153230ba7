import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const DIST = 'dist';

/** Every file in dist/ with the given extension, as paths relative to dist/. */
export function distFiles(ext: string, dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...distFiles(ext, full));
    else if (name.endsWith(ext)) out.push(path.relative(DIST, full));
  }
  if (dir === DIST && out.length === 0) throw new Error(`no ${ext} files in ${DIST}/: run the build first`);
  return out.sort();
}

export const readDist = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

/** The URL path a reader uses for a built HTML file. */
export const urlOf = (file: string) => '/' + file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1');
