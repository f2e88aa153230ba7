import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distFiles, readDist } from './dist';

// SRI guards files from other hosts; the site loads none, and a same-origin script (the search page's)
// could only be altered by whoever can alter the page that names its hash.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: { 'require-sri': ['error', { target: 'crossorigin' }] },
});
// Astro writes this rule for its islands into the body, before the first island; it is Astro's, not ours.
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('html-validate (recommended + document)', () => {
  it.each(distFiles('.html'))('%s has no errors', async (file) => {
    const report = await validator.validateString(readDist(file).replace(ASTRO_ISLAND_STYLE, ''), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
