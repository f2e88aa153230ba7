/**
 * Astro writes into every page's <meta> CSP the hashes of every inline script and style of the
 * whole site, and of its bundled scripts too, which `'self'` already allows: on a page with little
 * inline, most of the list is for other pages, and hashes do not compress. This keeps in each
 * page's policy only the hashes of what that page itself has inline, and every other source as it was.
 */
import { createHash } from 'node:crypto';
import { inlineElements } from './inline-elements.ts';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const HASH = /^'sha(?:256|384|512)-/;
// Pages share most of their inline text (the stylesheet above all): each distinct text is hashed once.
const hashes = new Map<string, string>();
function sha256(text: string): string {
  let hash = hashes.get(text);
  if (!hash) hashes.set(text, (hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`));
  return hash;
}

/** Inline scripts a browser runs (not JSON-LD or other data blocks, not scripts loaded from a file). */
const runs = (attributes: string) =>
  !/\bsrc=/.test(attributes) &&
  (!/\btype=/.test(attributes) || /\btype="(?:module|text\/javascript)"/.test(attributes));

function ownHashes(html: string) {
  const scripts = [...inlineElements(html, 'script')].filter((e) => runs(e.attributes));
  const styles = [...inlineElements(html, 'style')];
  return {
    'script-src': [...new Set(scripts.map((e) => sha256(e.text)))],
    'style-src': [...new Set(styles.map((e) => sha256(e.text)))],
  };
}

/** The page with its CSP's script-src and style-src hashes narrowed to its own inline scripts and styles. */
export function ownHashesOnly(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  // Attribute values are HTML-escaped in the page; the policy itself holds no quotes but single ones.
  const policy = meta[2]!.replace(/&#39;/g, "'");
  const own = ownHashes(html);
  const directives = policy.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== 'script-src' && name !== 'style-src') return directive.trim();
    const kept = [...sources.filter((s) => !HASH.test(s)), ...own[name]];
    return `${name} ${kept.length ? kept.join(' ') : "'none'"}`;
  });
  return html.replace(META, `$1${directives.filter(Boolean).join(';')}$3`);
}
