/**
 * The version of an installed package, for cache keys (the search index, the preview cards): a new version
 * may build a different result. Read by path from the project root, where the build runs: some packages'
 * exports do not include their package.json. Imports carry their extension because worker threads load this
 * file outside Vite.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function packageVersion(name: string): string {
  const file = path.resolve('node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
