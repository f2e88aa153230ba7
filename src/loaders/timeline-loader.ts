/**
 * Loads content/timeline/: every *.json file there holds an array of events, and they all go
 * into one collection, each under its own id. Several files, because `npm run ingest` writes
 * draft candidates beside the edited events; astro/loaders' file() reads only one.
 * Checks that need other collections (quotes, context facts) run in src/data/timeline.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { visible } from '../lib/characters.ts';
import { readTimelineFile } from '../lib/content-files.ts';
import { placeholderFields, placeholderFix } from '../lib/placeholders.ts';
import { timelineEventSchema } from '../lib/schemas';
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
  const { events, problems } = readTimelineFile(file, await readFile(full, 'utf8'));
  // A published event still holding the ingest's "TODO" would show it to readers.
  const placeholders = events
    .filter(({ event }) => !event.draft)
    .flatMap(({ event }) =>
      placeholderFields(event).map((p) => `${file}: event "${event.id}": ${p.field}: ${placeholderFix(p.words)}`),
    );
  if (problems.length || placeholders.length)
    throw new Error(`Invalid timeline events\n${[...problems, ...placeholders].join('\n')}`);
  return events;
}
