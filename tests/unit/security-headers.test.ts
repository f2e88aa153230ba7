import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsp, parseHeadersFile } from '../../src/lib/headers-file';
import { CSP_DIRECTIVES, SHARED_DIRECTIVES } from '../../src/lib/security';

const headers = parseHeadersFile(readFileSync('public/_headers', 'utf8')).get('/*')!;
const headerCsp = parseCsp(headers.get('content-security-policy')!);
const metaCsp = parseCsp(CSP_DIRECTIVES.join(';'));

describe('public/_headers', () => {
  it.each([
    ['strict-transport-security', /max-age=(3153[6-9]\d{3}|3[2-9]\d{6}|[4-9]\d{7}|\d{9,});\s*includeSubDomains/],
    ['x-content-type-options', /^nosniff$/],
    ['referrer-policy', /^strict-origin-when-cross-origin$/],
    ['cross-origin-opener-policy', /^same-origin$/],
    ['permissions-policy', /camera=\(\).*geolocation=\(\).*microphone=\(\)/],
  ])('sends %s', (name, value) => expect(headers.get(name)).toMatch(value));

  it('forbids framing, which only a header can do', () => {
    expect(headerCsp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it.each(SHARED_DIRECTIVES)('agrees with the <meta> CSP on %s', (name) => {
    expect(headerCsp.get(name)).toBeDefined();
    expect(headerCsp.get(name)).toEqual(metaCsp.get(name));
  });

  it('never allows inline script by keyword, in either policy', () => {
    for (const csp of [headerCsp, metaCsp]) {
      for (const name of ['script-src', 'default-src']) expect(csp.get(name) ?? []).not.toContain("'unsafe-inline'");
    }
  });
});

describe('parseCsp and parseHeadersFile', () => {
  it.each([
    ["default-src 'self'; img-src 'self' data:", { 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] }],
    ["  object-src 'none' ;", { 'object-src': ["'none'"] }],
  ])('%s', (policy, expected) => expect(Object.fromEntries(parseCsp(policy))).toEqual(expected));

  it('names a header line that sits under no path', () => {
    expect(() => parseHeadersFile('  X-Test: 1')).toThrow(/under a path/);
  });
});
