import { describe, expect, it } from 'vitest';
import { articleFileProblem } from '../../src/lib/content-ids';

describe("articleFileProblem in another edition's folder", () => {
  it.each([['ru/key-facts.mdx'], ['ru/kazakhstan-gaza-ceasefire-explained.mdx'], ['ru/.key-facts.mdx.swp']])(
    'accepts or ignores %s',
    (name) => expect(articleFileProblem(name)).toBeUndefined(),
  );

  it.each([
    ['ru/Key Facts.mdx', /file name: expected lower-case words joined by hyphens, such as "key-facts\.mdx"/],
    ['ru/key-facts.md', /only \.mdx files are published/],
    [
      'ru/drafts/key-facts.mdx',
      /not in a folder .* or in the folder of another edition's language \(content\/articles\/ru\/\)/,
    ],
    ['en/key-facts.mdx', /not in a folder/],
    ['kk/key-facts.mdx', /not in a folder/],
  ])('refuses %s', (name, message) => expect(articleFileProblem(name)).toMatch(message));
});
