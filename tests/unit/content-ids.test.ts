import { describe, expect, it } from 'vitest';
import { articleFileProblem, repeatedIds } from '../../src/lib/content-ids';
import { describeJsonError, parseJsonText } from '../../src/lib/json-text';

describe('repeatedIds', () => {
  it('names both places of a repeated id', () => {
    expect(
      repeatedIds(
        [
          { id: 'gaza', at: 'content/topics.json [0]' },
          { id: 'kz', at: 'content/topics.json [1]' },
          { id: 'gaza', at: 'content/topics.json [2]' },
        ],
        'topic',
      ),
    ).toEqual([
      'content/topics.json [2]: id: "gaza" is already the id of the topic in content/topics.json [0]; expected every topic to have its own id',
    ]);
  });

  it('finds nothing when every id is its own', () => {
    expect(
      repeatedIds(
        [
          { id: 'a', at: 'x' },
          { id: 'b', at: 'y' },
        ],
        'topic',
      ),
    ).toEqual([]);
  });
});

describe('articleFileProblem', () => {
  it.each([
    [
      'Kazakhstan-Gaza-Ceasefire-Key-Facts.mdx',
      /lower-case words joined by hyphens, such as "kazakhstan-gaza-ceasefire-key-facts\.mdx"/,
    ],
    ['key facts.mdx', /such as "key-facts\.mdx"/],
    ['key_facts.mdx', /such as "key-facts\.mdx"/],
    ['Key-Facts.MDX', /such as "key-facts\.mdx"/],
    ['key-facts.md', /only \.mdx files are published/],
    ['drafts/key-facts.mdx', /not in a folder/],
  ])('refuses %s', (name, message) => expect(articleFileProblem(name)).toMatch(message));

  it.each([['key-facts.mdx'], ['2025-ceasefire.mdx'], ['.key-facts.mdx.swp'], ['notes.txt'], ['key-facts.mdx.bak']])(
    'accepts or ignores %s',
    (name) => expect(articleFileProblem(name)).toBeUndefined(),
  );
});

describe('parseJsonText', () => {
  it('parses valid JSON', () => expect(parseJsonText('[{"id":"a"}]', 'x.json')).toEqual([{ id: 'a' }]));

  it.each([
    ['[{"id": "a",}]', /^content\/topics\.json:1:13: expected valid JSON: Expected double-quoted property name$/],
    [
      '[\n  {"id": "a"\n  "b": 1}]',
      /^content\/topics\.json:3:3: expected valid JSON: Expected ',' or '}' after property value$/,
    ],
    ['[{"id": x}]', /^content\/topics\.json:1:9: expected valid JSON: Unexpected token 'x'$/],
    ['[\n  {"id": "a"},\n]\n', /^content\/topics\.json:3:1: expected valid JSON: Unexpected token ']'$/],
    ['', /^content\/topics\.json: expected JSON, found an empty file$/],
    [
      '[{"id": "a"}',
      /^content\/topics\.json:1:13: expected valid JSON: .*, where the file ends \(is it cut short\?\)$/,
    ],
  ])('names the file, line and column of %j', (text, message) => {
    expect(() => parseJsonText(text, 'content/topics.json')).toThrow(message);
  });

  it('says a file that stops early is cut short', () => {
    expect(describeJsonError('[\n {"id"', 'f.json', 'Unexpected end of JSON input')).toBe(
      'f.json:2:7: expected valid JSON: the file ends before the JSON does (is it cut short, or is a bracket or quotation mark missing?)',
    );
  });
});
