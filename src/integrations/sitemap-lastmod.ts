/**
 * The sitemap's <lastmod> dates, from the content layer. @astrojs/sitemap writes the sitemap after the
 * build, where collections cannot be read; astro.config.mjs used to parse every article's frontmatter
 * itself for the dates, a second content layer whose errors ("Unable to load your Astro config") named
 * no file. Now the endpoint src/pages/sitemap-lastmod.json.ts writes the dates during the build, from
 * the articles the build has checked; this integration reads that file back when the build is done,
 * before the sitemap's own hook runs (list it before sitemap()), and removes it from the site.
 */
import { readFile, rm } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** Where the endpoint writes the dates, inside the build folder. */
export const LASTMOD_FILE = 'sitemap-lastmod.json';

export function sitemapLastmod(): {
  integration: AstroIntegration;
  serialize: <T extends { url: string }>(item: T) => T & { lastmod?: string };
} {
  const dates = new Map<string, string>();
  return {
    integration: {
      name: 'multivector-sitemap-lastmod',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          const file = new URL(LASTMOD_FILE, dir);
          const read = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
          for (const [path, date] of Object.entries(read)) dates.set(path, date);
          await rm(file);
        },
      },
    },
    serialize(item) {
      const date = dates.get(new URL(item.url).pathname);
      return date ? { ...item, lastmod: date } : item;
    },
  };
}
