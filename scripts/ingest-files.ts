/**
 * The file-system side of `npm run ingest`: reading the report safely, one ingest of a slug at a time,
 * what of the editors' is already there, and writing every file or none, even across a killed run.
 */
import { createHash } from 'node:crypto';
import { constants, existsSync, type Stats } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { parse as parseYaml } from 'yaml';
import { IngestError } from '../src/lib/ingest/input.ts';
import type { IngestRecord } from '../src/lib/ingest/replace.ts';

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The bytes of a report file. Only a regular file is opened (a FIFO would wait for a writer forever,
 * /dev/zero never ends), and never more than `limit` + 1 bytes are read, whatever its size says.
 */
export async function readReport(file: string, limit: number): Promise<Uint8Array> {
  const tooBig = (size: string) =>
    new IngestError(
      `${file}: the file is ${size} bytes; expected a news report of at most 1 MB (${limit.toLocaleString('en')} bytes)`,
    );
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
  if (!info.isFile()) throw new IngestError(`${file}: is ${kindOf(info)}; expected the path of a report file`);
  if (info.size > limit) throw tooBig(info.size.toLocaleString('en'));
  let handle;
  try {
    // O_NONBLOCK: should the path have become a FIFO since stat(), opening it does not wait for a writer.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new IngestError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code}); check its permissions`);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new IngestError(`${file}: is ${kindOf(opened)}; expected the path of a report file`);
    const buffer = new Uint8Array(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw tooBig(`more than ${limit.toLocaleString('en')}`);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** A lock not renewed for this long belongs to a run that was stopped, and the next run takes it over. */
export const STALE_MS = 10_000;

export const lockPath = (root: string, slug: string) => path.join(root, 'content', `.ingest-${slug}.lock`);
const stagePath = (root: string, slug: string) => path.join(root, 'content', `.ingest-${slug}.tmp`);
export const recordPath = (slug: string) => `content/ingested/${slug}.json`;

export interface Held {
  /** What the editor should know about the lock and a run that stopped midway. */
  notes: string[];
  /** Throws if the lock was lost (another run took it over): nothing may be renamed then. */
  check: () => void;
}

/**
 * Runs `work` while holding the slug's lock (proper-lockfile: an exclusively created folder, renewed
 * while held), so two ingests of one slug never both write. A run that was stopped has its lock taken
 * over once stale, and whatever it left half-written undone first.
 */
export async function withLock<T>(root: string, slug: string, work: (held: Held) => Promise<T>): Promise<T> {
  const lock = lockPath(root, slug);
  const shown = path.relative(root, lock);
  const before = await stat(lock).catch(() => undefined);
  let lost: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(lock, {
      realpath: false,
      lockfilePath: lock,
      stale: STALE_MS,
      onCompromised: (e) => (lost = e),
    });
  } catch (e) {
    const { code } = e as NodeJS.ErrnoException;
    if (code === 'ELOCKED') {
      const age = before ? Math.round((Date.now() - before.mtimeMs) / 1000) : 0;
      throw new IngestError(
        `${shown}: another "npm run ingest" of "${slug}" is running (its lock was renewed ${age} s ago); wait for it to finish, then run this again. A lock left by a run that was stopped is taken over once it is ${STALE_MS / 1000} s old.`,
      );
    }
    throw new IngestError(`${shown}: the lock cannot be made (${code ?? (e as Error).message})`);
  }
  const notes: string[] = [];
  // A lock there before and stale is one this run took over; a fresh one was released by a run that just ended.
  if (before && Date.now() - before.mtimeMs >= STALE_MS) {
    notes.push(
      `Took over ${shown}, left by an ingest of "${slug}" that stopped ${Math.round((Date.now() - before.mtimeMs) / 1000)} s ago.`,
    );
  }
  try {
    notes.push(...(await recoverStopped(root, slug)));
    return await work({
      notes,
      check: () => {
        if (lost) throw new IngestError(`${shown}: the lock was lost (${lost.message}); run this again`);
      },
    });
  } finally {
    await release().catch(() => undefined);
  }
}

/**
 * Runs `work` while holding the story's lock, so that two ingests into one story (of different slugs,
 * each under its own lock) edit content/stories/<id>.json one after the other. Another ingest holds it
 * for the moment its files are renamed, so this one waits a few seconds for it rather than refusing.
 */
export async function withStoryLock<T>(root: string, story: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(root, 'content', `.ingest-story-${story}.lock`);
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(lock, {
      realpath: false,
      lockfilePath: lock,
      stale: STALE_MS,
      retries: { retries: 40, minTimeout: 50, maxTimeout: 500 },
    });
  } catch (e) {
    const { code } = e as NodeJS.ErrnoException;
    throw new IngestError(
      code === 'ELOCKED'
        ? `${path.relative(root, lock)}: another "npm run ingest" into the story "${story}" is writing; run this again in a moment`
        : `${path.relative(root, lock)}: the lock cannot be made (${code ?? (e as Error).message})`,
    );
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}

/** One file of a write, as the journal in the staging folder records it before anything is renamed. */
interface JournalEntry {
  /** Path from the project root. */
  target: string;
  /** Whether a file was there before (it is moved to `backup` first). */
  existed: boolean;
  /** SHA-256 of the new file. */
  sha256: string;
  fresh: string;
  backup: string;
}

/**
 * Puts every target back as it was before a write: restores the moved-aside originals and removes
 * new files where there were none. Never throws: returns what it could not undo.
 */
async function undo(root: string, stage: string, entries: JournalEntry[]): Promise<string[]> {
  const problems: string[] = [];
  for (const entry of [...entries].reverse()) {
    const target = path.join(root, entry.target);
    const backup = path.join(stage, entry.backup);
    try {
      if (entry.existed) {
        // No backup means the original was never moved: it is still in place.
        if (existsSync(backup)) {
          await rm(target, { force: true });
          await rename(backup, target);
        }
      } else if (existsSync(target) && sha256(await readFile(target)) === entry.sha256) {
        await rm(target);
      }
    } catch (e) {
      problems.push(`${entry.target} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return problems;
}

/** Undoes what an ingest of this slug that was killed midway left; its staging folder holds the journal. */
async function recoverStopped(root: string, slug: string): Promise<string[]> {
  const stage = stagePath(root, slug);
  if (!existsSync(stage)) return [];
  const shown = path.relative(root, stage);
  let entries: JournalEntry[] | undefined;
  try {
    entries = JSON.parse(await readFile(path.join(stage, 'journal.json'), 'utf8')) as JournalEntry[];
  } catch {
    // No journal: the run stopped while staging, before it renamed anything into content/.
  }
  if (entries) {
    const problems = await undo(root, stage, entries);
    if (problems.length) {
      throw new IngestError(
        `${shown}: an ingest of "${slug}" stopped midway and its files could not all be put back: ${problems.join(', ')}. The previous versions are in ${shown}; move them back by hand, then delete that folder.`,
      );
    }
  }
  await rm(stage, { recursive: true, force: true });
  return entries
    ? [
        `An ingest of "${slug}" stopped midway (${entries.map((e) => e.target).join(', ')}); its changes were undone, and every file is as it was before it.`,
      ]
    : [];
}

export interface WriteHooks {
  /** Called before each rename into content/ (the lock check), and after it with the count so far (tests). */
  beforeRename?: () => void;
  afterRename?: (count: number) => void;
}

/**
 * All files or none. Each is first written into a staging folder beside content/, with a journal of
 * what will move, then renamed into place (a rename within one file system is atomic). If a rename
 * fails, what was done is undone; if the process is killed, the next run of this slug undoes it.
 */
export async function writeAll(
  root: string,
  slug: string,
  files: { path: string; content: Uint8Array | string }[],
  hooks: WriteHooks = {},
): Promise<void> {
  const stage = stagePath(root, slug);
  const entries: JournalEntry[] = files.map((file, i) => ({
    target: file.path,
    existed: existsSync(path.join(root, file.path)),
    sha256: sha256(file.content),
    fresh: `new-${i}`,
    backup: `old-${i}`,
  }));
  let renames = 0;
  try {
    await rm(stage, { recursive: true, force: true });
    await mkdir(stage);
    await Promise.all(files.map((file, i) => writeFile(path.join(stage, entries[i]!.fresh), file.content)));
    await writeFile(path.join(stage, 'journal.json'), JSON.stringify(entries));
    const step = async (from: string, to: string) => {
      hooks.beforeRename?.();
      await rename(from, to);
      hooks.afterRename?.(++renames);
    };
    for (const entry of entries) {
      const target = path.join(root, entry.target);
      await mkdir(path.dirname(target), { recursive: true });
      if (entry.existed) await step(target, path.join(stage, entry.backup));
      await step(path.join(stage, entry.fresh), target);
    }
  } catch (e) {
    const problems = existsSync(stage) ? await undo(root, stage, entries) : [];
    if (problems.length === 0) await rm(stage, { recursive: true, force: true }).catch(() => undefined);
    if (e instanceof IngestError) throw e;
    const { code, path: where } = e as NodeJS.ErrnoException;
    const first = `${path.relative(root, where ?? root) || '.'}: cannot be written (${code ?? (e as Error).message})`;
    throw new IngestError(
      problems.length
        ? `${first}\nand these could not be put back: ${problems.join(', ')}; the previous versions are in ${path.relative(root, stage)}`
        : first,
    );
  }
  await rm(stage, { recursive: true, force: true });
}

/** SHA-256 of each of these files that exists. */
export async function currentHashes(root: string, paths: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of paths) {
    const full = path.join(root, file);
    if (existsSync(full)) out.set(file, sha256(await readFile(full)));
  }
  return out;
}

export async function readRecord(root: string, slug: string): Promise<IngestRecord | null> {
  try {
    const record = JSON.parse(await readFile(path.join(root, recordPath(slug)), 'utf8')) as IngestRecord;
    return typeof record.files === 'object' && record.files !== null ? record : null;
  } catch {
    return null; // no record, or not one ingest wrote: then no file counts as ingest's own
  }
}

/**
 * Which of this slug's files are published, and why: an article without `draft: true`, the source such
 * an article cites, a timeline file with events shown. An article whose frontmatter cannot be read
 * counts as published if it names the slug at all: when in doubt, nothing is replaced.
 */
export async function publishedFiles(root: string, slug: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const articles = path.join(root, 'content/articles');
  for (const name of existsSync(articles) ? (await readdir(articles)).filter((n) => n.endsWith('.mdx')).sort() : []) {
    const file = `content/articles/${name}`;
    const text = await readFile(path.join(root, file), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    let data: { draft?: unknown; sources?: unknown } | null;
    try {
      data = parseYaml(frontmatter) as typeof data;
    } catch {
      data = null;
    }
    const readable = data !== null && typeof data === 'object';
    if (readable && data!.draft === true) continue;
    const cites = readable ? Array.isArray(data!.sources) && data!.sources.includes(slug) : frontmatter.includes(slug);
    if (name === `${slug}.mdx`) out.set(file, readable ? 'it has no "draft: true"' : 'its frontmatter cannot be read');
    if (cites) {
      for (const source of [`content/sources/${slug}.txt`, `content/sources/${slug}.json`]) {
        if (!out.has(source)) out.set(source, `${file} is published and cites it`);
      }
    }
  }
  const timeline = `content/timeline/${slug}.json`;
  try {
    const events = JSON.parse(await readFile(path.join(root, timeline), 'utf8')) as { draft?: unknown }[];
    const shown = Array.isArray(events) ? events.filter((e) => e?.draft !== true).length : 0;
    if (shown)
      out.set(timeline, `${shown} of its ${events.length} events ${shown === 1 ? 'has' : 'have'} no "draft": true`);
  } catch {
    // absent, or not JSON: its hash decides
  }
  return out;
}
