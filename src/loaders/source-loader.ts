/**
 * Loads content/sources/: each <id>.json holds a document's metadata and editorial structure,
 * next to the text file it describes. The text is read, never rewritten: paragraphs and
 * headings are computed from the metadata, so the .txt stays byte-for-byte as received.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { sourceParts, splitPassages, StructureError, type Block } from '../lib/passages';
import { forbiddenInData, visible } from '../lib/characters.ts';
import { parseJsonText } from '../lib/json-text.ts';
import { describeIssues, sourceMetaSchema } from '../lib/schemas';

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

async function loadOne(dir: string, name: string) {
  const metaPath = path.join(dir, name);
  const shown = path.relative(process.cwd(), metaPath);
  const json = parseJsonText(await readFile(metaPath, 'utf8'), shown);
  const forbidden = forbiddenInData(json).map((p) => `${shown}: ${p.field}: ${p.message}`);
  if (forbidden.length) throw new Error(`Invalid source metadata\n${forbidden.join('\n')}`);
  const parsed = sourceMetaSchema.safeParse(json);
  if (!parsed.success) throw new Error(`Invalid source metadata\n${describeIssues(shown, parsed.error)}`);
  const meta = parsed.data;
  const id = name.replace(/\.json$/, '');
  if (meta.file !== `${id}.txt`) {
    throw new Error(
      `${shown}: file: expected "${id}.txt" (the text file shares the metadata file's name), found "${meta.file}"`,
    );
  }
  const textPath = path.join(dir, meta.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(textPath);
  } catch {
    throw new Error(`${shown}: file: "${meta.file}" does not exist beside the metadata`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== meta.sha256) {
    throw new Error(
      `${shown}: sha256: ${meta.file} is not the document as received (expected SHA-256 ${meta.sha256}, found ${sha256}); restore the original text`,
    );
  }
  const raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const { headline, body } = sourceParts(raw);
  if (headline !== meta.headline) {
    throw new Error(
      `${shown}: headline: expected the first line of ${meta.file} ("${headline}"), found "${meta.headline}"`,
    );
  }
  let blocks: Block[];
  try {
    blocks = splitPassages(body, meta.structure, meta.language);
  } catch (e) {
    if (e instanceof StructureError) throw new Error(`${shown}: structure.${e.field}: ${e.message}`);
    throw e;
  }
  return { id, filePath: path.relative(process.cwd(), textPath), data: { ...meta, raw, body, blocks } };
}
