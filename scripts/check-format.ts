/**
 * `npm run lint`'s Prettier step: `prettier --check .`, and when a file is out of format, the fix in
 * plain words. JSON and MDX files edited by hand are the usual case, and Prettier's own last line
 * ("Run Prettier with --write to fix") names no command an editor knows.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const prettier = path.join(
  path.dirname(createRequire(import.meta.url).resolve('prettier/package.json')),
  'bin/prettier.cjs',
);
const run = spawnSync(process.execPath, [prettier, '--check', '.'], { stdio: 'inherit' });
const status = run.status ?? 1;
if (status === 1) {
  console.error(
    '\nlint: the files marked [warn] above are not in the project’s format (spacing, quotes, line breaks).' +
      '\nlint: run `npm run format` to rewrite them, then run `npm test` again.',
  );
} else if (status !== 0) {
  console.error(
    '\nlint: Prettier could not read a file (see [error] above): fix what it names, often a comma or quote in hand-edited JSON; `npm run format` cannot.',
  );
}
process.exitCode = status;
