// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

// The one origin every absolute URL (canonical, feeds, previews, sitemap) is built from.
export const SITE = 'https://multivector.example';

export default defineConfig({
  site: SITE,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), preact()],
  vite: { plugins: [tailwindcss()] },
});
