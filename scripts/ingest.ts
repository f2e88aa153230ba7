/**
 * From a new report to a draft explainer in one command:
 *
 *   npm run ingest -- <file> --publisher "<name>" --published <YYYY-MM-DD> --url <address> [--slug <slug>] [--force]
 *
 * Writes the source (text + metadata), a draft report article and draft timeline candidates, all or
 * nothing. The work is done by src/lib/ingest/; this file reads arguments and files and writes the result.
 * --root <dir> writes into another copy of the project (the tests use a temporary one).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import prettier from 'prettier';
import { describe, ingest, IngestError, type OutputFile } from '../src/lib/ingest/index.ts';
import { checkOptions, MAX_BYTES } from '../src/lib/ingest/input.ts';

const USAGE =
  'usage: npm run ingest -- <file> --publisher "<name>" --published <YYYY-MM-DD> --url <https address> [--slug <slug>] [--force]';

async function readReport(file: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new IngestError(
      code === 'ENOENT' ? `${file}: no such file; expected the path of a report` : `${file}: cannot be read (${code})`,
    );
  }
  if (info.isDirectory()) throw new IngestError(`${file}: is a folder; expected the path of a report file`);
  // Checked before reading, so a wrong multi-gigabyte file is never loaded.
  if (info.size > MAX_BYTES) {
    throw new IngestError(
      `${file}: the file is ${info.size.toLocaleString('en')} bytes; expected a news report of at most 1 MB (${MAX_BYTES.toLocaleString('en')} bytes)`,
    );
  }
  try {
    return await readFile(file);
  } catch (e) {
    throw new IngestError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code}); check its permissions`);
  }
}

async function readTopics(root: string) {
  const file = path.join(root, 'content/topics.json');
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as { id: string; name: string }[]).map(({ id, name }) => ({
      id,
      name,
    }));
  } catch (e) {
    throw new IngestError(`content/topics.json: cannot be read as JSON (${(e as Error).message})`);
  }
}

/** JSON in the project's Prettier style, so `npm run lint` passes on what was written. */
async function formatted(file: OutputFile, target: string): Promise<Uint8Array | string> {
  if (!file.path.endsWith('.json') || typeof file.content !== 'string') return file.content;
  const config = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(file.content, { ...config, plugins: [], filepath: target });
}

/**
 * All files or none: everything is written into a folder beside content/ first, then renamed into
 * place (a rename within one file system is atomic). If a rename fails, those already made are undone
 * and any file replaced under --force is restored.
 */
async function writeAll(root: string, files: OutputFile[]): Promise<void> {
  const stage = await mkdtemp(path.join(root, 'content', '.ingest-'));
  const done: { target: string; backup?: string }[] = [];
  try {
    const staged = await Promise.all(
      files.map(async (file, i) => {
        const target = path.join(root, file.path);
        const temp = path.join(stage, String(i));
        await writeFile(temp, await formatted(file, target));
        return { temp, target };
      }),
    );
    for (const [i, { temp, target }] of staged.entries()) {
      await mkdir(path.dirname(target), { recursive: true });
      const step: { target: string; backup?: string } = { target };
      if (existsSync(target)) {
        step.backup = path.join(stage, `${i}.old`);
        await rename(target, step.backup);
      }
      done.push(step);
      await rename(temp, target);
    }
  } catch (e) {
    for (const step of done.reverse()) {
      await rm(step.target, { force: true });
      if (step.backup) await rename(step.backup, step.target);
    }
    const { code, path: where } = e as NodeJS.ErrnoException;
    throw new IngestError(
      `${path.relative(root, where ?? root) || '.'}: cannot be written (${code ?? (e as Error).message})`,
    );
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        publisher: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        slug: { type: 'string' },
        force: { type: 'boolean', default: false },
        root: { type: 'string', default: '.' },
      },
    });
  } catch (e) {
    throw new IngestError(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = args;
  if (positionals.length !== 1) {
    throw new IngestError(
      `${positionals.length === 0 ? 'no report file given' : `expected one report file, found ${positionals.length}: ${positionals.join(' ')}`}\n${USAGE}`,
    );
  }
  const root = path.resolve(values.root);
  if (!existsSync(path.join(root, 'content'))) {
    throw new IngestError(`--root: ${root} has no content/ folder; expected the project's folder`);
  }
  const file = positionals[0]!;
  const options = { publisher: values.publisher, published: values.published, url: values.url, slug: values.slug };
  checkOptions(options); // before reading the file, so a mistyped option is reported first
  const result = ingest({
    bytes: await readReport(file),
    file,
    options,
    topics: await readTopics(root),
  });
  const existing = result.files.filter((f) => existsSync(path.join(root, f.path))).map((f) => f.path);
  if (existing.length && !values.force) {
    throw new IngestError(
      `--slug: "${result.slug}" is taken: ${existing.join(', ')} already exist(s); choose another with --slug, or pass --force to replace them`,
    );
  }
  await writeAll(root, result.files);
  console.log(describe(result));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof IngestError) {
    console.error(`ingest: ${e.message.replaceAll('\n', '\ningest: ')}\nNothing was written.`);
  } else {
    console.error(e);
  }
  process.exitCode = 1;
});
