/**
 * `npm run check:content`: every problem with the content, in a second or two, without a build.
 *
 *   npm run check:content [-- --root <dir>]
 *
 * Reads every file under content/ and runs the build's own checks over them (src/lib/content-report.ts),
 * then lists all the problems at once, one a line, "<file>:<line>: <field>: what was expected, what was
 * found", and how long it took. Exits 1 when there is any problem. A full build (npm run build) runs the
 * same checks, and more that need the pages rendered.
 */
import { readdir, readFile } from 'node:fs/promises';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ContentFile } from '../src/lib/content-report.ts';

// Some modules of src/lib import their neighbours without ".ts" ("./dates"), as Vite resolves them; Node
// needs the extension. This resolves such an import to the .ts file, as Vite does.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (e) {
      if (/^\.\.?\//.test(specifier) && !path.extname(specifier)) return next(`${specifier}.ts`, context);
      throw e;
    }
  },
});
const { checkContent, formatProblem } = await import('../src/lib/content-report.ts');

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);

/** Every file under content/, but what tools leave there (ingest's locks and staging folders, dotfiles). */
async function contentFiles(): Promise<ContentFile[]> {
  const dir = path.join(root, 'content');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter(
    (e) =>
      e.isFile() &&
      !path
        .relative(dir, path.join(e.parentPath, e.name))
        .split(path.sep)
        .some((p) => p.startsWith('.')),
  );
  return Promise.all(
    files.map(async (e) => {
      const full = path.join(e.parentPath, e.name);
      return { path: path.relative(root, full).split(path.sep).join('/'), bytes: await readFile(full) };
    }),
  );
}

let files: ContentFile[];
try {
  files = await contentFiles();
} catch (e) {
  console.error(`check:content: ${path.join(root, 'content')}: cannot be read (${(e as NodeJS.ErrnoException).code})`);
  process.exit(1);
}
const problems = checkContent(files);
// From the start of the process, imports included: what the editor waits for.
const seconds = (performance.now() / 1000).toFixed(2);
const inFiles = new Set(problems.map((p) => p.file)).size;
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(
    `\ncheck:content: ${problems.length} problem(s) in ${inFiles} file(s), ${files.length} files checked in ${seconds} s. Fix them, then run it again (npm run check:content).`,
  );
  process.exitCode = 1;
} else {
  console.log(`check:content: no problems; ${files.length} files checked in ${seconds} s.`);
}
