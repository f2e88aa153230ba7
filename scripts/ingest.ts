/**
 * From a new report to a draft explainer in one command:
 *
 *   npm run ingest -- <file> --story <id> --publisher "<name>" --published <YYYY-MM-DD> --url <address> [--slug <slug>] [--force]
 *
 * Writes the source (text + metadata), a draft report article, draft timeline candidates on the tracks
 * of the story (content/stories/<id>.json) and a record of what it wrote (content/ingested/<slug>.json),
 * and adds the slug to the story's lists, all or nothing, and never over an editor's work. The
 * guessing is done by src/lib/ingest/, the file system by ./ingest-files.ts; this file joins them.
 * --root <dir> writes into another copy of the project (the tests use a temporary one).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import prettier from 'prettier';
import { describe, ingest, IngestError, type OutputFile } from '../src/lib/ingest/index.ts';
import { checkOptions, MAX_BYTES } from '../src/lib/ingest/input.ts';
import { difference, refusal, takenFiles, type IngestRecord } from '../src/lib/ingest/replace.ts';
import { addToStory, claimedElsewhere, readStory, storyFile, tracksOf, unknownStory } from '../src/lib/ingest/story.ts';
import {
  currentHashes,
  publishedFiles,
  readRecord,
  readReport,
  recordPath,
  sha256,
  withLock,
  withStoryLock,
  writeAll,
} from './ingest-files.ts';

const USAGE =
  'usage: npm run ingest -- <file> --story <id> --publisher "<name>" --published <YYYY-MM-DD> --url <https address> [--slug <slug>] [--force]';

/** The ids of the stories in content/stories/, in order. */
async function storyIds(root: string): Promise<string[]> {
  const dir = path.join(root, 'content/stories');
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

/** The story named by --story, and the other stories (to see that none of them holds the slug already). */
async function readStories(root: string, id: string | undefined) {
  const ids = await storyIds(root);
  if (id === undefined || !ids.includes(id)) throw unknownStory(id, ids);
  const story = readStory(id, await readFile(path.join(root, storyFile(id)), 'utf8'));
  const others = [];
  for (const other of ids.filter((i) => i !== id)) {
    try {
      others.push({ id: other, data: readStory(other, await readFile(path.join(root, storyFile(other)), 'utf8')) });
    } catch {
      // A story that does not load is npm run check:content's to report; it cannot hold the slug for the build either.
    }
  }
  return { id, story, others };
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
async function formatted(root: string, file: OutputFile): Promise<OutputFile> {
  if (!file.path.endsWith('.json') || typeof file.content !== 'string') return file;
  const target = path.join(root, file.path);
  const config = (await prettier.resolveConfig(target)) ?? {};
  return { ...file, content: await prettier.format(file.content, { ...config, plugins: [], filepath: target }) };
}

const text = (content: Uint8Array | string) =>
  typeof content === 'string' ? content : new TextDecoder().decode(content);

/**
 * Writes the ingest's files and its record, unless that would replace an editor's work: then it stops,
 * and shows what the new draft would change in each edited file.
 */
async function write(
  root: string,
  slug: string,
  files: OutputFile[],
  force: boolean,
  story: string,
): Promise<{ notes: string[]; added: string[] }> {
  return withLock(root, slug, async ({ notes, check }) => {
    const paths = files.map((f) => f.path);
    const current = await currentHashes(root, paths);
    const taken = takenFiles(paths, {
      current,
      record: await readRecord(root, slug),
      published: await publishedFiles(root, slug),
    });
    const why = refusal(slug, taken, force);
    if (why) {
      const changes = await Promise.all(
        taken
          .filter((t) => t.edited)
          .map(async (t) =>
            difference(
              t.path,
              await readFile(path.join(root, t.path), 'utf8'),
              text(files.find((f) => f.path === t.path)!.content),
            ),
          ),
      );
      const shown = changes.filter(Boolean);
      throw new IngestError(
        [...notes, why, ...(shown.length ? ['What this ingest would change in them:', ...shown] : [])].join('\n'),
      );
    }
    const record: IngestRecord & { about: string } = {
      about:
        'What npm run ingest wrote: the SHA-256 of each file. --force replaces a file only while it still has this hash.',
      files: Object.fromEntries(files.map((f) => [f.path, sha256(f.content)])),
    };
    const recordFile = await formatted(root, { path: recordPath(slug), content: JSON.stringify(record) });
    // The story is an editor's file: read, edited and replaced under its own lock, so two ingests into
    // one story never lose each other's ids, and only if nobody saved it meanwhile.
    return withStoryLock(root, story, async () => {
      const file = storyFile(story);
      const before = await readFile(path.join(root, file), 'utf8');
      const { text: after, added } = addToStory(before, slug);
      const storyEdit = added.length ? [{ path: file, content: await keptInFormat(root, file, before, after) }] : [];
      const allowed = new Set([sha256(before), ...storyEdit.map((f) => sha256(f.content))]);
      await writeAll(root, slug, [...files, recordFile, ...storyEdit], {
        beforeRename: () => {
          check();
          const now = existsSync(path.join(root, file)) ? sha256(readFileSync(path.join(root, file))) : undefined;
          if (now !== undefined && !allowed.has(now))
            throw new IngestError(`${file}: changed while ingest ran (saved in an editor?); run this again`);
        },
      });
      return { notes, added };
    });
  });
}

/**
 * The edited story in the project's Prettier style when the editor's file was in it (lint passes, and
 * Prettier changes only the lists that grew); otherwise as jsonc-parser edited it, every other byte the editor's.
 */
async function keptInFormat(root: string, file: string, before: string, after: string): Promise<string> {
  const target = path.join(root, file);
  const options = { ...((await prettier.resolveConfig(target)) ?? {}), plugins: [], filepath: target };
  return (await prettier.check(before, options)) ? prettier.format(after, options) : after;
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
        story: { type: 'string' },
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
  const { id: story, story: data, others } = await readStories(root, values.story);
  const result = ingest({
    bytes: await readReport(file, MAX_BYTES),
    file,
    options,
    topics: await readTopics(root),
    tracks: tracksOf(data),
  });
  const elsewhere = claimedElsewhere(result.slug, story, others);
  if (elsewhere) throw new IngestError(elsewhere);
  const files = await Promise.all(result.files.map((f) => formatted(root, f)));
  const { notes, added } = await write(root, result.slug, files, values.force, story);
  console.log(
    [
      ...notes,
      ...(notes.length ? [''] : []),
      describe(result, { record: recordPath(result.slug), story: { file: storyFile(story), added } }),
    ].join('\n'),
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof IngestError) {
    console.error(`ingest: ${e.message.replaceAll('\n', '\ningest: ')}\nNothing was written.`);
  } else {
    console.error(e);
  }
  process.exitCode = 1;
});
