import { describe, expect, it } from 'vitest';
import { articleSchema, describeIssues, sourceMetaSchema } from '../../src/lib/schemas';

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
