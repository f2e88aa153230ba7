// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { builtPages } from './src/integrations/built-pages.ts';
import { earlyCards } from './src/integrations/early-cards.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { sitemapLastmod } from './src/integrations/sitemap-lastmod.ts';
import { permalinks } from './src/markdown/permalinks.ts';
import { byLocale } from './src/i18n/index.ts';
import { serverPort, siteUrl } from './src/lib/environment.ts';
import { CSP_DIRECTIVES } from './src/lib/security.ts';

// The one origin every absolute URL (canonical, feeds, previews, sitemap) is built from: SITE_URL, or the
// placeholder https://multivector.example (see "Deploy" in the README).
export const SITE = siteUrl(process.env['SITE_URL']);

// The sitemap's <lastmod> dates come from the content layer, through a file the build writes (see the integration).
const lastmod = sitemapLastmod();

/** Writes the site's origin into the stylesheet's print rules (src/styles/global.css), where links are printed with it. */
const printOrigin = {
  name: 'multivector-print-origin',
  /** @param {string} code @param {string} id */
  transform(code, id) {
    // Stylesheets only: the origin goes in as a CSS string, which inside a JS module (astro dev's CSS
    // modules) would end the module's own string and break it.
    return /\.css(\?|$)/.test(id) && code.includes('__SITE_ORIGIN__')
      ? code.replaceAll('__SITE_ORIGIN__', JSON.stringify(new URL(SITE).origin))
      : null;
  },
};

export default defineConfig({
  site: SITE,
  output: 'static',
  // `npm run dev`, `npm start` and `npm run preview` serve here: PORT, else 4321; `-- --port N` still wins.
  server: { host: '127.0.0.1', port: serverPort(process.env['PORT']) },
  // Two routes (or two content entries) with one address fail the build rather than keep one of them.
  prerenderConflictBehavior: 'error',
  trailingSlash: 'always',
  // Two pages at a time: while one page is written out, the next renders (at 1,000 articles, a build that renders
  // every page took 22.2 and 23.0 s, against 23.7 and 24.5 s one at a time).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  // Every heading and paragraph of an article gets a stable id, and headings a "#" link (MDX inherits this).
  // No code blocks on the site: no syntax highlighting (Shiki's inline styles would break the hash-based CSP).
  markdown: { processor: satteri({ hastPlugins: [permalinks] }), syntaxHighlight: false },
  integrations: [
    mdx(),
    // Only the island is Preact: without `include`, every .ts module of the site went through Babel too.
    preact({ include: ['**/*.tsx'] }),
    // Every article's preview card started before the bundle is made; drawn beside it.
    earlyCards(),
    // Each page finished as it is rendered (CSP, island scripts) and handed to the search index.
    builtPages(),
    // Each edition's not-found page to <prefix>/404.html, where hosts look for it.
    notFoundPages(),
    lastmod.integration,
    sitemap({
      serialize: lastmod.serialize,
      // /timeline/ only keeps shared event links working; its canonical page is the story's own timeline.
      // An edition's not-found page (/ru/404/, moved to /ru/404.html) is no page to list, as /404 is not.
      filter: (page) => {
        const path = new URL(page).pathname;
        return path !== '/timeline/' && !path.endsWith('/404/');
      },
    }),
  ],
  // Scripts go out as modules of their own, never inline: cached once for every page, they leave each page's
  // document (and its CSP's list of hashes) smaller. Astro's island loader stays inline; it cannot move.
  // A copy button's failure, in every edition's words, for the one script all pages share: in the script, not
  // in each page, whose document is at its 14 KB budget.
  vite: {
    plugins: [tailwindcss(), printOrigin],
    build: { assetsInlineLimit: 0 },
    define: { __COPY_FAILED__: JSON.stringify(byLocale((words) => words.copy.failed)) },
  },
  // Hash-based: every script and style Astro emits is hashed into a <meta> CSP; no 'unsafe-inline'.
  security: { csp: { directives: CSP_DIRECTIVES } },
  // A page listed with a cache key (src/data/page-cache-key.ts) is copied from the last build when its key and
  // its code are unchanged, not rendered again. The cache is in node_modules/.astro/.
  experimental: { incrementalBuild: true },
});
