import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsp, parseHeadersFile, ruleMatches } from '../../src/lib/headers-file';
import { CSP_DIRECTIVES, DOCUMENT_CSP, SHARED_DIRECTIVES } from '../../src/lib/security';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const headers = rules.get('/*')!;
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

describe('public/_headers, for documents that are not HTML pages', () => {
  const documentRules = [...rules].filter(([path]) => path !== '/*');

  it('lists the feeds, sitemaps, images and icon', () => {
    expect(documentRules.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        '/rss.xml',
        '/atom.xml',
        '/feed.json',
        '/topics/:topic/rss.xml',
        '/favicon.svg',
        '/favicon.ico',
        '/og/*',
      ]),
    );
  });

  it.each(documentRules)(
    '%s gets the policy in src/lib/security.ts, which lets nothing run or load',
    (_, ruleHeaders) => {
      expect(ruleHeaders.get('content-security-policy')).toBe(DOCUMENT_CSP);
      const csp = parseCsp(DOCUMENT_CSP);
      expect(csp.get('default-src')).toEqual(["'none'"]);
      expect(csp.get('script-src')).toEqual(["'none'"]);
    },
  );

  it('never gives that policy to a page or to what pages load (it would block them)', () => {
    for (const [path] of documentRules) {
      for (const page of ['/', '/articles/x/', '/topics/x/', '/pagefind/pagefind-worker.js', '/_astro/x.js']) {
        expect(ruleMatches(path, page), `${path} matches ${page}`).toBe(false);
      }
    }
  });
});

describe('ruleMatches', () => {
  it.each([
    ['/rss.xml', '/rss.xml', true],
    ['/rss.xml', '/rss.xml.bak', false],
    ['/topics/:topic/rss.xml', '/topics/gaza-ceasefire/rss.xml', true],
    ['/topics/:topic/rss.xml', '/topics/a/b/rss.xml', false],
    ['/og/*', '/og/articles/x.png', true],
    ['/og/*', '/ogx', false],
    ['/*', '/anything/at/all', true],
  ])('%s against %s: %s', (pattern, path, matches) => expect(ruleMatches(pattern, path)).toBe(matches));
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
