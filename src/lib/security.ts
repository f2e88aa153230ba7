/**
 * The site's Content Security Policy, in one place. Astro adds `script-src` and `style-src` with
 * the hash of every script and style on each page to a <meta> CSP; these directives join them.
 * `frame-ancestors` only works as an HTTP header, so it lives in public/_headers with the
 * directives both policies share (checked by tests/unit/security-headers.test.ts).
 */
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

/** Directives that must read the same in the <meta> CSP and in the header CSP of public/_headers. */
export const SHARED_DIRECTIVES = ['object-src', 'base-uri', 'form-action'];
