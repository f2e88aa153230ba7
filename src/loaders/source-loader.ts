/**
 * Loads content/sources/: each <id>.json holds a document's metadata and editorial structure,
 * next to the text file it describes. The text is read, never rewritten: paragraphs and
 * headings are computed from the metadata, so the .txt stays byte-for-byte as received.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { visible } from '../lib/characters.ts';
import { readSource } from '../lib/content-files.ts';
import type { Block } from '../lib/passages';
import { sourceMetaSchema } from '../lib/schemas';

export const sourceEntrySchema = sourceMetaSchema.extend({
  /** The file exactly as received. */
  raw: z.string(),
  /** Everything after the headline line, without the final line break. */
  body: z.string(),
  blocks: z.custom<Block[]>(),
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;

export function sourceLoader({ base }: { base: string }): Loader {
  return {
    name: 'multivector-source-loader',
    schema: sourceEntrySchema,
    async load({ store, logger, watcher, generateDigest, config }) {
      const dir = path.resolve(new URL('.', config.root).pathname, base);
      const loadAll = async () => {
        const entries = [];
        for (const name of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
          entries.push(
            await loadOne(dir, name).catch((e: unknown) => {
              // Messages quote what the files hold: invisible characters are written as code points.
              throw new Error(visible((e as Error).message));
            }),
          );
        }
        // Replace the store only once every document has loaded, so one bad file never leaves half a collection.
        store.clear();
        for (const entry of entries) {
          store.set({ ...entry, digest: generateDigest(entry.data) });
        }
        logger.info(`loaded ${entries.length} source document(s)`);
      };
      await loadAll();
      watcher?.add(dir);
      watcher?.on('change', (changed) => {
        if (changed.startsWith(dir)) loadAll().catch((e: unknown) => logger.error(String(e)));
      });
    },
  };
}

/** One document, read and checked by src/lib/content-files.ts; throws with every problem it has. */
async function loadOne(dir: string, name: string) {
  const metaPath = path.join(dir, name);
  const { source, problems } = readSource({
    metaFile: path.relative(process.cwd(), metaPath),
    metaText: await readFile(metaPath, 'utf8'),
    // The schema allows only a plain name ("x.txt") here, so nothing outside the folder is read.
    textBytes: (file) => {
      try {
        return readFileSync(path.join(dir, file));
      } catch {
        return undefined;
      }
    },
  });
  if (!source) throw new Error(`Invalid source metadata\n${problems.join('\n')}`);
  const { id, meta, raw, body, blocks } = source;
  return {
    id,
    filePath: path.relative(process.cwd(), path.join(dir, meta.file)),
    data: { ...meta, raw, body, blocks },
  };
}
