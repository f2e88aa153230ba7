import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nuCheck, nuMessages } from '../../scripts/nu-check.ts';

const FIXTURES = path.resolve('tests/fixtures/nu');

describe('the W3C Nu checker (scripts/nu-check.ts)', () => {
  it(
    'reports a script after </html> with its file and place, and not the CSS it does not know',
    { timeout: 60_000 },
    async () => {
      const errors = await nuCheck(FIXTURES);
      expect(errors[0]).toEqual({
        file: 'stray-script.html',
        line: 1,
        column: 76,
        message: 'Stray start tag “script”.',
      });
      expect(errors.map((e) => e.file)).not.toContain('modern-css.html');
    },
  );

  it.each([
    ['an error', 'error', 'Stray end tag “div”.', 1],
    ['a CSS error', 'error', 'CSS: Unrecognized at-rule “@property”', 0],
    ['a warning', 'info', 'Consider adding a “lang” attribute.', 0],
  ])('keeps %s only if it is about HTML', (_, type, message, kept) => {
    const report = JSON.stringify({
      messages: [{ type, url: `file:${FIXTURES}/a/b.html`, lastLine: 3, firstColumn: 5, message }],
    });
    expect(nuMessages(report, FIXTURES)).toEqual(kept ? [{ file: 'a/b.html', line: 3, column: 5, message }] : []);
  });
});
