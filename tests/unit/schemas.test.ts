import { describe, expect, it } from 'vitest';
import { articleSchema, describeIssues, provenanceSchema, sourceMetaSchema, topicSchema } from '../../src/lib/schemas';

const valid = {
  title: 'Gaza ceasefire: how Kazakhstan kept its balance',
  dek: 'Astana welcomed the ceasefire and kept its ties with both sides.',
  description: 'What happened on 13 October 2025, and what Kazakhstan said about it, in five questions.',
  published: '2025-10-14T09:00:00+05:00',
  byline: 'Multivector editors',
  topics: ['gaza-ceasefire'],
  sources: ['kazakhstan-diplomatic-balance-gaza-ceasefire'],
  format: 'explainer',
};

describe('articleSchema', () => {
  it('accepts a complete frontmatter and fills the defaults', () => {
    const data = articleSchema.parse(valid);
    expect(data).toMatchObject({ draft: false, featured: false, corrections: [] });
  });

  it('reads an unquoted YAML timestamp (a Date) as UTC', () => {
    expect(articleSchema.parse({ ...valid, published: new Date('2025-10-14T04:00:00Z') }).published).toBe(
      '2025-10-14T04:00:00.000Z',
    );
  });

  it.each([
    ['a missing title', { title: undefined }, 'title', /headline/],
    ['a title too short', { title: 'Gaza' }, 'title', /at least 10/],
    ['a missing dek', { dek: undefined }, 'dek', /standfirst/],
    ['a description too long for previews', { description: 'x'.repeat(201) }, 'description', /at most 200/],
    ['a date without a time zone', { published: '2025-10-14T09:00:00' }, 'published', /time zone/],
    ['a date that is not a date', { published: 'last Monday' }, 'published', /ISO 8601/],
    ['an update before publication', { updated: '2025-10-13T09:00:00+05:00' }, 'updated', /not earlier than published/],
    ['no topics', { topics: [] }, 'topics', /at least one topic/],
    ['a topic that is not an id', { topics: ['Gaza Ceasefire'] }, 'topics.0', /lower-case words/],
    ['no sources', { sources: [] }, 'sources', /at least one source/],
    ['an unknown format', { format: 'opinion' }, 'format', /"report", "explainer", "factfile"/],
    [
      'a correction with no note',
      { corrections: [{ date: '2025-10-15T09:00:00Z', kind: 'correction', note: '' }] },
      'corrections.0.note',
      /note/,
    ],
    [
      'a correction of an unknown kind',
      { corrections: [{ date: '2025-10-15T09:00:00Z', kind: 'retraction', note: 'Changed a word.' }] },
      'corrections.0.kind',
      /"correction" or "update"/,
    ],
    ['a misspelt field', { tittle: 'x' }, '', /tittle/],
  ])('rejects %s, naming the field', (_, change, field, message) => {
    const result = articleSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === field);
    expect(issue, JSON.stringify(result.error!.issues)).toBeDefined();
    expect(issue!.message + JSON.stringify(issue)).toMatch(message);
  });
});

describe('sourceMetaSchema', () => {
  it.each([
    ['an original address that is not https', { url: 'http://timesca.com/?p=37371' }, 'url'],
    ['a checksum that is not SHA-256', { sha256: 'abc' }, 'sha256'],
    ['a missing excerpt flag', { excerpt: undefined }, 'excerpt'],
    ['a date in another form', { published: '13/10/2025' }, 'published'],
  ])('rejects %s', (_, change, field) => {
    const good = {
      file: 'x.txt',
      headline: 'A headline',
      publisher: 'A publisher',
      published: '2025-10-13',
      url: 'https://example.com/a',
      language: 'en',
      excerpt: true,
      sha256: 'a'.repeat(64),
      structure: { paragraphs: ['On Monday,'] },
    };
    const result = sourceMetaSchema.safeParse({ ...good, ...change });
    expect(result.success).toBe(false);
    expect(describeIssues('content/sources/x.json', result.error!)).toMatch(
      new RegExp(`^content/sources/x\\.json: ${field}: `),
    );
  });
});

describe('limits, each with a plain message', () => {
  const nextYear = new Date().getUTCFullYear() + 1;
  const issues = (
    schema: { safeParse: (v: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } } },
    value: unknown,
  ) => (schema.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

  it.each([
    [
      'a byline longer than a byline',
      { byline: 'x'.repeat(101) },
      /^byline: expected a byline of at most 100 characters/,
    ],
    [
      'a byline YAML read as a number',
      { byline: 31 },
      /^byline: expected a byline \(text\), in quotation marks if it could be read as a number/,
    ],
    [
      'a year before 1900',
      { published: '0025-10-14T09:00:00+05:00' },
      /^published: expected a year from 1900 to \d{4}, found 0025/,
    ],
    [
      'a year after next year',
      { published: `${nextYear + 1}-01-01T09:00:00+05:00` },
      new RegExp(`^published: expected a year from 1900 to ${nextYear}`),
    ],
    ['an update years ahead', { updated: '2205-01-01T09:00:00+05:00' }, /^updated: expected a year from 1900/],
    [
      'a correction note of an essay',
      { corrections: [{ date: '2025-10-15T09:00:00+05:00', kind: 'correction', note: 'x'.repeat(501) }] },
      /^corrections\.0\.note: expected a note of at most 500 characters/,
    ],
  ])('refuses %s', (_, change, message) => {
    const found = issues(articleSchema, { ...valid, ...change });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it(`accepts a date next year (${nextYear}), for an article scheduled ahead`, () => {
    expect(issues(articleSchema, { ...valid, published: `${nextYear}-01-01T09:00:00+05:00` })).toEqual([]);
  });

  it.each([
    ['a name too long for a card', { name: 'x'.repeat(49) }, /^name: expected a name of at most 48 characters/],
    [
      'a description too long for previews',
      { description: 'x'.repeat(201) },
      /^description: expected a description of at most 200/,
    ],
    ['a description too short', { description: 'Gaza.' }, /^description: expected a description of at least 20/],
  ])('refuses a topic with %s', (_, change, message) => {
    const topic = { id: 'gaza-ceasefire', name: 'Gaza ceasefire', description: 'The ceasefire and what followed it.' };
    expect(issues(topicSchema, topic)).toEqual([]);
    expect(issues(topicSchema, { ...topic, ...change })).toEqual([expect.stringMatching(message)]);
  });

  const quoted = (quote: string) => ({ type: 'source', source: 'report', passage: 's1', quote });

  it.each([['the'], ['the ceasefire'], ['Gaza peace plan']])(
    'refuses a timeline quote too short to be evidence: %j',
    (quote) => {
      expect(issues(provenanceSchema, quoted(quote))).toEqual([
        expect.stringMatching(/^quote: .*at least 4 words, a clause that says who did what/),
      ]);
    },
  );

  it('accepts a quote that says who did what', () => {
    expect(issues(provenanceSchema, quoted('Tokayev welcomed the ceasefire'))).toEqual([]);
  });
});
