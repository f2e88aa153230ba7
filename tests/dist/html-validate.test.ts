import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distFiles, readDist } from './dist';

// The project's own configuration (recommended + document; SRI required only of other hosts' files,
// which the site never loads), so that `npx html-validate` and this test agree.
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));

describe('html-validate (recommended + document)', () => {
  it.each(distFiles('.html'))('%s has no errors', async (file) => {
    const report = await validator.validateString(readDist(file), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
