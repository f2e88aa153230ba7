/**
 * Reading content files as the build's loaders and `npm run check:content` both do: every problem of a
 * file at once, with its line. On fictional files.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkQuotedWords } from '../../src/lib/content-checks';
import { readArticle, readJsonEntries, readSource, readTimelineFile } from '../../src/lib/content-files';
import { lineOfPath } from '../../src/lib/json-text';
import { topicSchema } from '../../src/lib/schemas';

const TEXT = 'A Letter From the Border\nThe villagers wrote to both capitals. They asked for the road to reopen.\n';
const bytes = new TextEncoder().encode(TEXT);
const meta = {
  file: 'letter.txt',
  headline: 'A Letter From the Border',
  publisher: 'The Belmor Herald',
  published: '2026-02-20',
  url: 'https://example.org/letter',
  language: 'en',
  excerpt: false,
  sha256: createHash('sha256').update(bytes).digest('hex'),
  structure: { paragraphs: ['The villagers wrote'], headings: [] },
};
const source = (change: object, text: Uint8Array | null = bytes) =>
  readSource({
    metaFile: 'content/sources/letter.json',
    metaText: JSON.stringify({ ...meta, ...change }, null, 2),
    textBytes: (name) => (name === 'letter.txt' ? (text ?? undefined) : undefined),
  });

describe('readSource', () => {
  it('reads a document whose text is the one received', () => {
    const { source: read, problems } = source({});
    expect(problems).toEqual([]);
    expect(read?.blocks.map((b) => b.id)).toEqual(['p1']);
  });

  it('lists every problem of one document, each at its line', () => {
    const changed = new TextEncoder().encode(TEXT.replace('both', 'all'));
    const { problems } = source(
      { headline: 'A Letter From Belmor', structure: { paragraphs: ['They begged'] } },
      changed,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^content\/sources\/letter\.json:9: sha256: letter\.txt is not the document as received/),
      expect.stringMatching(/^content\/sources\/letter\.json:3: headline: expected the first line of letter\.txt/),
      expect.stringMatching(
        /^content\/sources\/letter\.json:12: structure\.paragraphs\[0\]: expected the opening words/,
      ),
    ]);
  });

  it.each([
    ['a text file that is not there', {}, null, /:2: file: "letter\.txt" does not exist beside the metadata/],
    ['a text file of another name', { file: 'other.txt' }, bytes, /:2: file: expected "letter\.txt"/],
    [
      'an address that is not https',
      { url: 'http://example.org/' },
      bytes,
      /:6: url: expected the original https address, found "http:\/\/example\.org\/"/,
    ],
  ])('%s', (_, change, text, message) => {
    expect(source(change, text).problems).toEqual([expect.stringMatching(message)]);
  });
});

describe('readArticle', () => {
  const article = (frontmatter: string, body = '\nThe truce holds.\n') =>
    readArticle('content/articles/truce.mdx', `---\n${frontmatter}\n---\n${body}`);
  const fields = [
    'title: The truce holds on the border',
    'dek: Arnland and Belmor have kept their truce for a week.',
    'description: A week after Arnland and Belmor signed their truce, the border is quiet, observers say.',
    "published: '2026-03-11T09:00:00+01:00'",
    'byline: Multivector editors',
    'topics: [arnland-belmor]',
    'sources: [border-truce]',
    'format: report',
  ];

  it('reads the frontmatter as Astro does, and where the body starts', () => {
    const read = article(fields.join('\n'), '\n\nThe truce holds.\n');
    expect(read.problems).toEqual([]);
    expect(read.data).toMatchObject({ format: 'report', draft: false });
    expect(read.firstLine).toBe(13); // after line 10's ---, two blank lines
  });

  it('gives each field its line, and still reads the fields other checks need', () => {
    const read = article([...fields.slice(0, 4), 'byline: ""', ...fields.slice(5)].join('\n'));
    expect(read.problems).toEqual(['content/articles/truce.mdx:6: byline: expected a byline, found an empty string']);
    expect(read.fields).toMatchObject({ topics: ['arnland-belmor'], sources: ['border-truce'], draft: false });
  });

  it('names the line of a YAML mistake', () => {
    expect(article([...fields.slice(0, 5), 'topics: [arnland-belmor', ...fields.slice(6)].join('\n')).problems).toEqual(
      [expect.stringMatching(/^content\/articles\/truce\.mdx:\d+: frontmatter: expected YAML: /)],
    );
  });
});

describe('readJsonEntries and readTimelineFile', () => {
  it('lists every entry’s problems and the repeated ids, each at its line', () => {
    const text = JSON.stringify(
      [
        { id: 'truce', name: 'The truce', description: 'The truce on the border and what followed.' },
        { id: 'truce', name: 'T', description: 'The truce again, and too short a name.' },
      ],
      null,
      2,
    );
    expect(readJsonEntries('content/topics.json', text, 'topic', topicSchema).problems).toEqual([
      'content/topics.json:9: [1] "truce": name: expected a name of at least 2 characters, found "T" (1 character)',
    ]);
  });

  it('names the event and the line of each field it refuses', () => {
    const text = `[\n  {\n    "id": "truce-signed",\n    "date": "March",\n    "track": "ceasefire"\n  }\n]\n`;
    const { problems, unloaded } = readTimelineFile('content/timeline/truce.json', text);
    expect(problems[0]).toBe(
      'content/timeline/truce.json:4: event "truce-signed": date: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "March"',
    );
    expect(unloaded).toEqual([{ id: 'truce-signed', facts: [] }]);
  });
});

describe('lineOfPath', () => {
  const text = '[\n  {\n    "id": "a",\n    "provenance": {\n      "quote": "x"\n    }\n  }\n]\n';
  it.each([
    [[0, 'id'], 3],
    [[0, 'provenance', 'quote'], 5],
    [[0, 'missing'], 2], // a missing field: the object it is missing from
    [[], 1],
  ])('%j → line %i', (path, line) => {
    expect(lineOfPath(text, path)).toBe(line);
  });
});

describe('checkQuotedWords: what <Cite> quotes or marks is in its passage', () => {
  const texts = new Map([['truce', new Map([['s1', 'The truce took effect at midnight, the ministry said.']])]]);
  const check = (tag: string) =>
    checkQuotedWords(
      { file: 'content/articles/a.mdx', topics: [], sources: ['truce'], body: `It held. ${tag}\n`, firstLine: 5 },
      texts,
    );
  it.each([
    ['<Cite passage="s1" words="at midnight" />', []],
    [
      '<Cite passage="s1" words="at noon" />',
      [
        /^content\/articles\/a\.mdx:5: <Cite passage="s1" words="at noon">: words: expected words that occur exactly in the passage/,
      ],
    ],
    ['<Cite passage="s1" highlight="midnight" />', []],
    [
      '<Cite passage="s1" words="at midnight" highlight="ministry" />',
      [/highlight: expected words that occur exactly in the quoted words "at midnight"/],
    ],
    ['<Cite passage="s1" words=" " />', [/words: expected words of the passage; remove the attribute/]],
    ['<Cite passage="s9" words="anything" />', []], // an unknown passage is checkArticle's to report
  ])('%s', (tag, expected) => {
    const found = check(tag);
    expect(found).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(found[i]).toMatch(pattern));
  });
});
