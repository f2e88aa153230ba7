/**
 * Astro writes its island loader (about 4.4 KB) and each hydration directive's script into every
 * page that has an island, inline, so they travel in the document on every visit: more than a
 * tenth of the 14 KB first round trip on the explainer. Here they become files of their own
 * (src/pages/islands/[file].js.ts), cached once for every page: each inline copy, matched by its exact
 * text, is replaced by a deferred script of the same text, in the same order. Deferred is safe:
 * the directive still defines itself before the loader, and the loader starts islands it finds
 * already in the page (`connectedCallback` runs when the element is defined).
 * Astro offers no setting for this (it inlines them by design), hence this module.
 */
import { createHash } from 'node:crypto';
import loader from 'astro/runtime/server/astro-island.prebuilt.js';
import idle from 'astro/client/idle.prebuilt.js';
import load from 'astro/client/load.prebuilt.js';
import media from 'astro/client/media.prebuilt.js';
import only from 'astro/client/only.prebuilt.js';
import visible from 'astro/client/visible.prebuilt.js';
import { inlineElements } from './inline-elements.ts';

export interface IslandScript {
  /** The file's address, with a hash of its text so that a new Astro never meets an old cached copy. */
  path: string;
  text: string;
}

const hashed = (name: string, text: string): IslandScript => ({
  path: `/islands/${name}.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.js`,
  text,
});

export const ISLAND_SCRIPTS: IslandScript[] = [
  hashed('astro-island', loader),
  ...Object.entries({ idle, load, media, only, visible }).map(([name, text]) => hashed(`client-${name}`, text)),
];

/** The page with each of these inline scripts replaced by a deferred one that loads the same text. */
export function externalIslandScripts(html: string, scripts: IslandScript[] = ISLAND_SCRIPTS): string {
  if (!html.includes('<astro-island')) return html;
  const paths = new Map(scripts.map((s) => [s.text, s.path]));
  let out = '';
  let copied = 0;
  for (const script of inlineElements(html, 'script')) {
    const path = script.attributes === '' && paths.get(script.text);
    if (!path) continue;
    out += `${html.slice(copied, script.start)}<script src="${path}" defer></script>`;
    copied = script.end;
  }
  return copied ? out + html.slice(copied) : html;
}
