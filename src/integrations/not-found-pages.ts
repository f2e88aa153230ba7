/**
 * Astro writes src/pages/404.astro to /404.html, the file static hosts serve for an address nothing answers,
 * but any other route at …/404 to …/404/index.html. Each translated edition's not-found page is moved, once
 * the site is written, to its prefix's 404.html (/ru/404.html): where Cloudflare Pages looks for the nearest
 * one, and where public/_redirects sends Netlify. It was never a page with an address of its own.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { TRANSLATED_EDITIONS } from '../lib/editions.ts';
import { localizedPath, notFoundPath } from '../lib/paths.ts';

export function notFoundPages(): AstroIntegration {
  return {
    name: 'multivector-not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const { lang } of TRANSLATED_EDITIONS) {
          const folder = new URL(`.${localizedPath('/404/', lang)}`, dir);
          const written = new URL('index.html', folder);
          if (!existsSync(written)) continue;
          renameSync(written, new URL(`.${notFoundPath(lang)}`, dir));
          rmdirSync(folder);
        }
      },
    },
  };
}
