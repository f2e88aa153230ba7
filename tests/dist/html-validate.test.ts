import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distFiles, readDist } from './dist';

const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:document'] });

describe('html-validate (recommended + document)', () => {
  it.each(distFiles('.html'))('%s has no errors', async (file) => {
    const report = await validator.validateString(readDist(file), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
