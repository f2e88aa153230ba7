/** What governs each built file: the <meta> CSP first in every page's head, and a header policy for every other document. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, ruleMatches } from '../../src/lib/headers-file';
import { DOCUMENT_CSP } from '../../src/lib/security';
import { DIST, distFile, distFiles, urlOf } from './dist';

describe.each(distFiles('.html').map(urlOf))('%s', (urlPath) => {
  it('has its <meta> CSP first in <head>, after only the charset, so it governs every title, tag, script and style', () => {
    const head = /<head>([\s\S]*?)<\/head>/.exec(distFile(urlPath))![1]!;
    const elements = [...head.matchAll(/<([a-z]+)\b[^>]*>/g)].map((m) => m[0]);
    expect(elements[0]).toMatch(/^<meta charset=/);
    expect(elements[1]).toMatch(/^<meta http-equiv="content-security-policy"/);
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
  // Pages carry their own <meta> CSP; what pages load (scripts, Pagefind's index and worker) runs under theirs.
  const documents = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${path.relative(DIST, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    // _headers and _redirects are the host's settings, read by it and never served.
    .filter(
      (p) => !p.endsWith('.html') && !/^\/(?:_astro|islands|pagefind)\//.test(p) && !['/_headers', '/_redirects'].includes(p),
    );

  it.each(documents)('gives %s the policy that lets nothing in it run', (file) => {
    const matching = [...rules].filter(([pattern]) => pattern !== '/*' && ruleMatches(pattern, file));
    expect(matching.map(([, headers]) => headers.get('content-security-policy')), file).toContain(DOCUMENT_CSP);
  });
});
