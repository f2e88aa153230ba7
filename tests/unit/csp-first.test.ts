import { describe, expect, it } from 'vitest';
import { cspFirst } from '../../src/lib/csp-first';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'sha256-x'">`;

describe('cspFirst', () => {
  it.each([
    [
      'moves the policy before the title, preview tags, scripts and styles, after the charset',
      `<html><head><meta charset="utf-8"><title>t</title><meta property="og:title" content="t"><script>1</script><style>p{}</style>${CSP}</head><body></body></html>`,
      `<html><head><meta charset="utf-8">${CSP}<title>t</title><meta property="og:title" content="t"><script>1</script><style>p{}</style></head><body></body></html>`,
    ],
    [
      'puts it first in a head without a charset',
      `<html><head><title>t</title>${CSP}</head></html>`,
      `<html><head>${CSP}<title>t</title></head></html>`,
    ],
    [
      'leaves a page without a policy alone',
      '<html><head><title>t</title></head></html>',
      '<html><head><title>t</title></head></html>',
    ],
  ])('%s', (_, html, expected) => expect(cspFirst(html)).toBe(expected));

  it('keeps the policy whole and moves it once', () => {
    const out = cspFirst(`<head><meta charset="utf-8"><title>t</title>${CSP}</head>`);
    expect(out.split(CSP)).toHaveLength(2);
    expect(cspFirst(out)).toBe(out);
  });
});
