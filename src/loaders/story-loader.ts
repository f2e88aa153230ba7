/**
 * Loads content/stories/: one JSON file per story, its id the file's name. Every problem throws
 * (an unreadable file, a field out of schema, a forbidden character), so a broken story never falls
 * back to what Astro cached from the last build. Rules across collections (every article belongs to
 * one story, every event's track is one of its story's) are checked in src/data/stories.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { forbiddenInData, visible } from '../lib/characters.ts';
import { parseJsonText } from '../lib/json-text.ts';
import { describeIssues, ID, storySchema, type StoryData } from '../lib/schemas';

export function storyLoader({ base }: { base: string }): Loader {
  return {
    name: 'multivector-story-loader',
    schema: storySchema,
    async load({ store, logger, watcher, generateDigest, config }) {
      const dir = path.resolve(new URL('.', config.root).pathname, base);
      const loadAll = async () => {
        const names = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
        const errors: string[] = [];
        const stories: { id: string; file: string; data: StoryData }[] = [];
        for (const name of names) {
          const file = path.relative(process.cwd(), path.join(dir, name));
          const id = name.slice(0, -'.json'.length);
          if (!ID.test(id)) {
            errors.push(
              `${file}: (file name): expected lower-case words joined by hyphens, such as "gaza-ceasefire.json"`,
            );
            continue;
          }
          try {
            const json = parseJsonText(await readFile(path.join(dir, name), 'utf8'), file);
            errors.push(...forbiddenInData(json).map((p) => `${file}: ${p.field}: ${p.message}`));
            const parsed = storySchema.safeParse(json);
            if (parsed.success) stories.push({ id, file, data: parsed.data });
            else errors.push(describeIssues(file, parsed.error));
          } catch (e) {
            errors.push((e as Error).message);
          }
        }
        if (names.length === 0) errors.push(`${base}: expected at least one story (a <id>.json file), found none`);
        if (errors.length) throw new Error(`Invalid story files\n${visible(errors.join('\n'))}`);
        // Replace the store only once every file has loaded, so one bad file never leaves half the stories.
        store.clear();
        for (const { id, file, data } of stories) store.set({ id, data, filePath: file, digest: generateDigest(data) });
        logger.info(`loaded ${stories.length} story file(s)`);
      };
      await loadAll();
      watcher?.add(dir);
      watcher?.on('change', (changed) => {
        if (changed.startsWith(dir)) loadAll().catch((e: unknown) => logger.error(String(e)));
      });
    },
  };
}
