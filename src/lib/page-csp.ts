/**
 * Astro writes into every page's <meta> CSP the hashes of every inline script and style of the
 * whole site, and of its bundled scripts too, which `'self'` already allows: on a page with little
 * inline, most of the list is for other pages, and hashes do not compress. This keeps in each
 * page's policy only the hashes of what that page itself has inline, and every other source as it was.
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const HASH = /^'sha(?:256|384|512)-/;
/** Inline scripts a browser runs (not JSON or other data blocks), and inline styles. */
const INLINE_SCRIPT =
  /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="(?!module"|text\/javascript")[^"]*")[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

// Pages share most of their inline text (the stylesheet above all): each distinct text is hashed once.
const hashes = new Map<string, string>();
function sha256(text: string): string {
  let hash = hashes.get(text);
  if (!hash) hashes.set(text, (hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`));
  return hash;
}

function hashesOf(html: string, pattern: RegExp): string[] {
  return [...new Set([...html.matchAll(pattern)].map((m) => sha256(m[1]!)))];
}

/** The page with its CSP's script-src and style-src hashes narrowed to its own inline scripts and styles. */
export function ownHashesOnly(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  // Attribute values are HTML-escaped in the page; the policy itself holds no quotes but single ones.
  const policy = meta[2]!.replace(/&#39;/g, "'");
  const own = { 'script-src': hashesOf(html, INLINE_SCRIPT), 'style-src': hashesOf(html, INLINE_STYLE) };
  const directives = policy.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== 'script-src' && name !== 'style-src') return directive.trim();
    const kept = [...sources.filter((s) => !HASH.test(s)), ...own[name]];
    return `${name} ${kept.length ? kept.join(' ') : "'none'"}`;
  });
  return html.replace(META, `$1${directives.filter(Boolean).join(';')}$3`);
}
