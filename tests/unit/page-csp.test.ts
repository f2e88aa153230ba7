import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ownHashesOnly } from '../../src/lib/page-csp';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];
const OTHER_PAGE = "'sha256-c29tZW9uZSBlbHNlJ3Mgc2NyaXB0IG9uIGFub3RoZXIgcGFnZQ=='";

describe('a page’s CSP lists the hashes of its own inline scripts and styles only', () => {
  it.each([
    [
      'drops the hashes of other pages’ scripts and styles, keeps this page’s',
      `default-src 'self';script-src 'self' ${OTHER_PAGE} ${hash('a()')};style-src 'self' ${OTHER_PAGE}`,
      '<script>a()</script><style>p{color:red}</style>',
      `default-src 'self';script-src 'self' ${hash('a()')};style-src 'self' ${hash('p{color:red}')}`,
    ],
    [
      'keeps every source that is not a hash (the search page’s WebAssembly)',
      `script-src 'self' 'wasm-unsafe-eval' ${OTHER_PAGE};object-src 'none'`,
      '<script type="module" src="/x.js"></script>',
      "script-src 'self' 'wasm-unsafe-eval';object-src 'none'",
    ],
    [
      'counts inline modules, not scripts loaded from a file or JSON-LD data',
      `script-src 'self' ${OTHER_PAGE}`,
      '<script type="module">b()</script><script src="/c.js" defer></script><script type="application/ld+json">{}</script>',
      `script-src 'self' ${hash('b()')}`,
    ],
    [
      'lists a script that appears twice once',
      "script-src 'self'",
      '<script>a()</script><p></p><script>a()</script>',
      `script-src 'self' ${hash('a()')}`,
    ],
    [
      'refuses every inline script when a directive is left with no source at all',
      `script-src ${OTHER_PAGE}`,
      '<p>no scripts</p>',
      "script-src 'none'",
    ],
  ])('%s', (_, policy, body, expected) => expect(policyOf(ownHashesOnly(page(policy, body)))).toBe(expected));

  it('leaves a page without a CSP alone', () => {
    expect(ownHashesOnly('<html><body><script>a()</script></body></html>')).toBe(
      '<html><body><script>a()</script></body></html>',
    );
  });
});
