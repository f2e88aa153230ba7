/**
 * The site's Content Security Policy, in one place. Astro adds `script-src` and `style-src` with
 * the hash of every script and style on each page to a <meta> CSP; these directives join them.
 * `frame-ancestors` only works as an HTTP header, so it lives in public/_headers with the
 * directives both policies share (checked by tests/unit/security-headers.test.ts).
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type Directive = NonNullable<
  Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']
>[number];

export const CSP_DIRECTIVES: Directive[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The header CSP of every document that is not an HTML page (feeds, sitemaps, JSON, images, the icon),
 * set by public/_headers path by path: nothing in them may run, load or be framed, should a browser open
 * one directly (an SVG, or an XML feed, can carry script). Not the search index or scripts in _astro/,
 * which pages load and Pagefind's worker runs under (checked by tests/unit/security-headers.test.ts and,
 * over every file built, tests/dist/headers.test.ts).
 */
export const DOCUMENT_CSP =
  "default-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

/** Directives that must read the same in the <meta> CSP and in the header CSP of public/_headers. */
export const SHARED_DIRECTIVES = ['object-src', 'base-uri', 'form-action'];

/**
 * The CSP hash of an inline script or style written by hand (Astro hashes only what it emits itself):
 * with the policy first in <head>, the theme script and the print style are governed by it too.
 */
export const cspHash = (text: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(text).digest('base64')}`;
