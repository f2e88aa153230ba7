/**
 * Loads content/timeline/: every *.json file there holds an array of events, and they all go
 * into one collection, each under its own id. Several files, because `npm run ingest` writes
 * draft candidates beside the edited events; astro/loaders' file() reads only one.
 * Checks that need other collections (quotes, context facts) run in src/data/timeline.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { forbiddenInData, visible } from '../lib/characters.ts';
import { parseJsonText } from '../lib/json-text.ts';
import { describeIssues, timelineEventSchema } from '../lib/schemas';
import { findRepeatedIds, type LocatedEvent } from '../lib/timeline';

export function timelineLoader({ base }: { base: string }): Loader {
  return {
    name: 'multivector-timeline-loader',
    schema: timelineEventSchema,
    async load({ store, logger, watcher, generateDigest, config }) {
      const dir = path.resolve(new URL('.', config.root).pathname, base);
      const loadAll = async () => {
        const events: LocatedEvent[] = [];
        for (const name of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
          events.push(...(await loadFile(path.join(dir, name))));
        }
        const errors = findRepeatedIds(events);
        if (errors.length) throw new Error(`Timeline errors:\n${visible(errors.join('\n'))}`);
        // Replace the store only once every file has loaded, so one bad file never leaves half a timeline.
        store.clear();
        for (const { file, event } of events) {
          store.set({ id: event.id, data: event, filePath: file, digest: generateDigest(event) });
        }
        logger.info(`loaded ${events.length} timeline event(s)`);
      };
      await loadAll();
      watcher?.add(dir);
      watcher?.on('change', (changed) => {
        if (changed.startsWith(dir)) loadAll().catch((e: unknown) => logger.error(String(e)));
      });
    },
  };
}

async function loadFile(full: string): Promise<LocatedEvent[]> {
  const file = path.relative(process.cwd(), full);
  const json = parseJsonText(await readFile(full, 'utf8'), file);
  if (!Array.isArray(json)) throw new Error(`${file}: (top level): expected an array of timeline events`);
  const errors = forbiddenInData(json).map((p) => `${file}: ${p.field}: ${p.message}`);
  const events = json.flatMap((raw: unknown, i) => {
    const parsed = timelineEventSchema.safeParse(raw);
    if (parsed.success) return [{ file, event: parsed.data }];
    const id = (raw as { id?: unknown } | null)?.id;
    errors.push(describeIssues(`${file}: event ${typeof id === 'string' ? `"${id}"` : `[${i}]`}`, parsed.error));
    return [];
  });
  if (errors.length) throw new Error(`Invalid timeline events\n${visible(errors.join('\n'))}`);
  return events;
}
