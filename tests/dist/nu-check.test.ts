import { expect, it } from 'vitest';
import { nuCheck } from '../../scripts/nu-check.ts';
import { DIST, distFiles } from './dist';

// Beside html-validate: the Nu checker parses each page as a browser does (HTML only; see the script).
it('the W3C Nu checker finds no HTML error on any page', { timeout: 120_000 }, async () => {
  expect(distFiles('.html').length).toBeGreaterThan(0);
  const errors = await nuCheck(DIST);
  expect(errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([]);
});
