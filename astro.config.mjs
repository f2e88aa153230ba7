// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { CSP_DIRECTIVES } from './src/lib/security.ts';

// The one origin every absolute URL (canonical, feeds, previews, sitemap) is built from.
export const SITE = 'https://multivector.example';

export default defineConfig({
  site: SITE,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), preact()],
  // No code blocks on the site; Shiki's inline styles would also break the hash-based CSP.
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
  // Hash-based: every script and style Astro emits is hashed into a <meta> CSP; no 'unsafe-inline'.
  security: { csp: { directives: CSP_DIRECTIVES } },
});
