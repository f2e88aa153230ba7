/**
 * Every built page, as it is rendered: Astro's island scripts moved out of the document into files
 * of their own (lib/island-scripts.ts) and its island rule into the head (lib/island-style.ts), then
 * the page's CSP narrowed to the hashes of what is still inline in it (lib/page-csp.ts). None of it
 * changes what runs; the document only gets smaller and valid.
 */
import { defineMiddleware } from 'astro:middleware';
import { externalIslandScripts } from './lib/island-scripts';
import { hoistIslandStyle } from './lib/island-style';
import { ownHashesOnly } from './lib/page-csp';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = ownHashesOnly(hoistIslandStyle(externalIslandScripts(await response.text())));
  // As bytes: a string body would be checked character by character again, at every page.
  return new Response(new TextEncoder().encode(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
