// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { parseFrontmatter } from 'astro/markdown';
import { readFileSync, readdirSync } from 'node:fs';
import { lastModified } from './src/lib/lastmod.ts';
import { permalinks } from './src/markdown/permalinks.ts';
import { CSP_DIRECTIVES } from './src/lib/security.ts';

// The one origin every absolute URL (canonical, feeds, previews, sitemap) is built from.
export const SITE = 'https://multivector.example';

// The sitemap runs after the build, outside the content layer, so it reads the articles' dates
// from their frontmatter here (the content layer has already validated them).
const ARTICLES = new URL('./content/articles/', import.meta.url);
const lastmod = lastModified(
  readdirSync(ARTICLES)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const { frontmatter } = parseFrontmatter(readFileSync(new URL(file, ARTICLES), 'utf8'));
      const iso = (/** @type {unknown} */ value) => (value instanceof Date ? value.toISOString() : String(value));
      return {
        id: file.replace(/\.mdx$/, ''),
        published: iso(frontmatter['published']),
        updated: frontmatter['updated'] === undefined ? undefined : iso(frontmatter['updated']),
        topics: frontmatter['topics'] ?? [],
        draft: frontmatter['draft'] === true,
      };
    }),
);

export default defineConfig({
  site: SITE,
  output: 'static',
  trailingSlash: 'always',
  // Two pages at a time: while one preview card is encoded by sharp (off the main thread), the next is laid out.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  // Every heading and paragraph of an article gets a stable id, and headings a "#" link (MDX inherits this).
  // No code blocks on the site: no syntax highlighting (Shiki's inline styles would break the hash-based CSP).
  markdown: { processor: satteri({ hastPlugins: [permalinks] }), syntaxHighlight: false },
  integrations: [
    mdx(),
    // Only the island is Preact: without `include`, every .ts module of the site went through Babel too.
    preact({ include: ['**/*.tsx'] }),
    sitemap({
      serialize(item) {
        const date = lastmod.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
  ],
  // Scripts go out as modules of their own, never inline: cached once for every page, they leave each page's
  // document (and its CSP's list of hashes) smaller. Astro's island loader stays inline; it cannot move.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  // Hash-based: every script and style Astro emits is hashed into a <meta> CSP; no 'unsafe-inline'.
  security: { csp: { directives: CSP_DIRECTIVES } },
});
