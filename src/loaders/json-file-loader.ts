/**
 * Loads a JSON file that holds an array of entries, each with an `id` (content/topics.json,
 * content/context/facts.json). In place of astro/loaders' file(), which logs an unreadable or invalid
 * file as "[ERROR] [file-loader]" and lets the build go on with whatever Astro cached from the last
 * one (a deleted topic stayed published), and only warns when an id repeats. Here every problem throws,
 * so the build fails whatever is in the cache, and the message names the file, the line and column
 * or the entry, and the field.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readJsonEntries as readEntries } from '../lib/content-files.ts';

interface Options {
  /** The file, from the project root: "content/topics.json". */
  file: string;
  /** What one entry is, in messages: "topic". */
  what: string;
  schema: z.ZodType<{ id: string }>;
}

/** Every entry of the file, validated (src/lib/content-files.ts); throws with every problem in it at once. */
export async function readJsonEntries({ file, what, schema }: Options, root: string) {
  let text: string;
  try {
    text = await readFile(path.resolve(root, file), 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const { entries, problems } = readEntries(file, text, what, schema);
  if (problems.length) throw new Error(`Invalid ${what} file\n${problems.join('\n')}`);
  return entries.map(({ id, data }) => ({ id, data }));
}

export function jsonFileLoader(options: Options): Loader {
  return {
    name: 'multivector-json-file-loader',
    schema: options.schema,
    async load({ store, logger, watcher, generateDigest, config }) {
      const root = new URL('.', config.root).pathname;
      const loadAll = async () => {
        const entries = await readJsonEntries(options, root);
        // Replace the store only once the whole file has loaded, so a bad file never leaves half a collection.
        store.clear();
        for (const { id, data } of entries) {
          store.set({ id, data, filePath: options.file, digest: generateDigest(data) });
        }
        logger.info(`loaded ${entries.length} ${options.what}(s) from ${options.file}`);
      };
      await loadAll();
      const full = path.resolve(root, options.file);
      watcher?.add(full);
      watcher?.on('change', (changed) => {
        if (changed === full) loadAll().catch((e: unknown) => logger.error(String(e)));
      });
    },
  };
}
