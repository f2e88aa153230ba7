/**
 * Every article's link-preview card started at the very start of a build, before Vite bundles the site:
 * drawing them is the largest part of a cold build (some 14 ms of CPU a card), and the cards' route asks
 * for them only once the bundle is made and the pages render. The card process (src/lib/og-render.ts)
 * draws them meanwhile, at the lowest CPU priority, in the time the build leaves idle.
 *
 * The text of each card is worked out here from the content files themselves (the content layer cannot
 * be read outside the bundle), through the same function the cards' route uses (articleCardText), and
 * parsed as Astro parses it (astro/markdown, the article schema). This only starts work early: the route
 * still asks for every card with the text the build has checked, and draws whatever was not started here
 * (an article that fails its checks, say, fails the build there with its own message). A card started
 * here that the build does not use (a draft story's) is only drawn into the cache.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseFrontmatter } from 'astro/markdown';
import { articleCardText } from '../lib/og-card.ts';
import { placeCards, startCard } from '../lib/og-render.ts';
import { articleSchema } from '../lib/schemas.ts';
import { SITE_NAME } from '../lib/site.ts';

const ARTICLES = 'content/articles';
const SOURCES = 'content/sources';
const TOPICS = 'content/topics.json';

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));

async function startEveryCard(root: string): Promise<void> {
  const topics = new Map<string, string>();
  for (const topic of (await readJson(path.join(root, TOPICS))) as { id: string; name: string }[]) {
    topics.set(topic.id, topic.name);
  }
  const origins = new Map<string, { publisher: string; published: string }>();
  for (const name of await readdir(path.join(root, SOURCES))) {
    if (!name.endsWith('.json')) continue;
    const { publisher, published } = (await readJson(path.join(root, SOURCES, name))) as Record<string, string>;
    if (publisher && published) origins.set(name.replace(/\.json$/, ''), { publisher, published });
  }
  for (const name of (await readdir(path.join(root, ARTICLES))).sort()) {
    if (!name.endsWith('.mdx')) continue;
    const file = `${ARTICLES}/${name}`;
    try {
      const parsed = articleSchema.safeParse(
        parseFrontmatter(await readFile(path.join(root, file), 'utf8')).frontmatter,
      );
      if (!parsed.success || parsed.data.draft) continue;
      const { title, published, topics: ids, sources, format } = parsed.data;
      const origin = format === 'report' ? origins.get(sources[0]!) : undefined;
      if (format === 'report' && !origin) continue;
      startCard(articleCardText({ title, published, section: topics.get(ids[0]!), origin, siteName: SITE_NAME }), file);
    } catch {
      // Whatever cannot be read here is read, checked and reported by the build itself.
    }
  }
}

export function earlyCards(): AstroIntegration {
  return {
    name: 'multivector-early-cards',
    hooks: {
      // As soon as the configuration is read, while the content is synced: at 1,000 articles the cards start
      // 1.0–1.4 s into a cold build instead of 3.0 s, and are done about 1.5 s sooner. Nothing is waited for, and
      // nothing here can fail the build.
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        startEveryCard(fileURLToPath(config.root)).catch((e: unknown) =>
          logger.debug(`cards not started early: ${(e as Error).message}`),
        );
      },
      // The cards the build asked for (the cards' routes, with placeCard), copied into it once drawn.
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`${await placeCards(fileURLToPath(dir))} preview cards copied into the site`);
      },
    },
  };
}
