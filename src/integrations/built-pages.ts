/**
 * Every page of a build, once, as Astro renders it: finished (src/lib/finish-page.ts: island scripts out
 * of the document, the island rule into <head>, the CSP narrowed to the page's own hashes and put first),
 * then handed to the search index (src/integrations/search-index.ts), which Pagefind builds in a process
 * of its own while the next pages render, and writes when the build is done. While it writes, the built
 * site's links are checked (src/lib/link-check.ts): a link to a page or id that is not built fails the build.
 *
 * It wraps Astro's prerenderer (the `astro:build:start` hook's `setPrerenderer`), the one place that sees
 * each rendered page and the list of pages before any is rendered. A middleware would also see each page,
 * but only as a response to be read back and built again, at a cost paid per page; and a pass over the
 * written files afterwards read and wrote every page a second time, with the index after it, on the clock.
 * A page Astro's incremental build copies from the last build is not rendered, so it does not come this
 * way: it is read from the site when the build is done, and handed to the search index then.
 * Under `astro dev` nothing of this runs: pages are served as Astro renders them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { finishPage } from '../lib/finish-page.ts';
import { brokenLinks, brokenLinksMessage } from '../lib/link-check.ts';
import { builtFile } from '../lib/paths.ts';
import { builtSite } from '../lib/site-files.ts';
import { startSearchIndex, type IndexedFile, type SearchIndex } from './search-index.ts';

const encoder = new TextEncoder();

/** A path as Astro lists it and as a request asks for it, whichever way its trailing slash goes. */
const key = (pathname: string) => pathname.replace(/\/+$/, '') || '/';

/** What the build listed and what it rendered: a listed page it did not render was copied from the last build. */
interface Rendering {
  listed: string[];
  rendered: Set<number>;
}

function finishing(prerenderer: AstroPrerenderer, search: SearchIndex, rendering: Rendering): AstroPrerenderer {
  const positions = new Map<string, number>();
  return {
    ...prerenderer,
    name: `${prerenderer.name}+multivector-built-pages`,
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      paths.forEach(({ pathname }, at) => positions.set(key(pathname), at));
      rendering.listed = paths.map(({ pathname }) => key(pathname));
      return paths;
    },
    async render(request, options) {
      const result = await prerenderer.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const { pathname } = new URL(request.url);
      const position = positions.get(key(pathname));
      if (position !== undefined) rendering.rendered.add(position);
      if (!response.body || !response.headers.get('content-type')?.startsWith('text/html')) {
        search.rendered(position, undefined);
        return result;
      }
      // As bytes, once: for the search index, and as the body (a string body would be checked character
      // by character again, at every page).
      const html = encoder.encode(finishPage(await response.text()));
      const file: IndexedFile = { sourcePath: builtFile(pathname), content: html };
      search.rendered(position, file);
      const finished = new Response(html, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return result instanceof Response ? finished : { ...result, response: finished };
    },
  };
}

/**
 * The pages Astro's incremental build copied from the last build instead of rendering (see
 * src/data/page-cache-key.ts), read from the site: the search index must hold them too.
 */
function restoredPages(site: string, { listed, rendered }: Rendering): { position: number; file: IndexedFile }[] {
  return listed.flatMap((pathname, position) => {
    if (rendered.has(position)) return [];
    // Astro lists "/articles/x" and writes articles/x/index.html; "/404" it writes to 404.html.
    const file = [builtFile(`${pathname}/`.replace(/^\/\/$/, '/')), builtFile(pathname)].find((f) =>
      existsSync(path.join(site, f)),
    );
    return file ? [{ position, file: { sourcePath: file, content: readFileSync(path.join(site, file)) } }] : [];
  });
}

export function builtPages(): AstroIntegration {
  let search: SearchIndex | undefined;
  const rendering: Rendering = { listed: [], rendered: new Set() };
  return {
    name: 'multivector-built-pages',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        const index = startSearchIndex();
        search = index;
        setPrerenderer((prerenderer) => finishing(prerenderer, index, rendering));
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const { position, file } of restoredPages(site, rendering)) search?.restored(position, file);
        const writing = search?.write(site) ?? Promise.resolve(['the search index was never started']);
        // While Pagefind writes the index in its own process, this thread checks the site's links: after the
        // build, reading the pages back and checking them added a second at 1,000 articles.
        const { pages, files } = builtSite(site);
        const broken = brokenLinks(pages, files);
        const errors = await writing;
        if (errors.length) throw new Error(`Search index failed:\n${errors.join('\n')}`);
        if (broken.length) throw new Error(brokenLinksMessage(broken));
      },
    },
  };
}
