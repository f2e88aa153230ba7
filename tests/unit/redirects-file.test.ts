import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRedirectsFile } from '../../src/lib/headers-file';
import { TRANSLATED_EDITIONS } from '../../src/lib/editions';
import { notFoundPath } from '../../src/lib/paths';

describe('parseRedirectsFile', () => {
  it.each([
    ['/ru/*  /ru/404.html  404', { from: '/ru/*', to: '/ru/404.html', status: 404, force: false }],
    ['/old /new', { from: '/old', to: '/new', status: 301, force: false }],
    ['\t/a   /b 302!', { from: '/a', to: '/b', status: 302, force: true }],
  ])('reads "%s"', (line, rule) => {
    expect(parseRedirectsFile(`# a comment\n\n${line}\n`)).toEqual([rule]);
  });

  it.each(['/only-one', '/a /b abc', '/a /b 404 Country=us'])('refuses "%s", naming the line', (line) => {
    expect(() => parseRedirectsFile(line)).toThrow(`found "${line}"`);
  });
});

describe('public/_redirects', () => {
  const rules = parseRedirectsFile(readFileSync('public/_redirects', 'utf8'));

  it.each(TRANSLATED_EDITIONS.map((e) => [e.prefix, e.lang] as const))(
    'answers a missing address under %s with that edition’s 404 page, and never hides a page that exists',
    (prefix, lang) => {
      expect(rules).toContainEqual({ from: `${prefix}/*`, to: notFoundPath(lang), status: 404, force: false });
    },
  );

  it('sends nothing else anywhere: every rule is a not-found page', () => {
    for (const rule of rules) expect(rule.status).toBe(404);
  });
});
