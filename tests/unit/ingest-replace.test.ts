import { describe, expect, it } from 'vitest';
import { difference, refusal, takenFiles, type ExistingFiles } from '../../src/lib/ingest/replace';

const TXT = 'content/sources/talks.txt';
const MDX = 'content/articles/talks.mdx';
const EVENTS = 'content/timeline/events.json';

const existing = (over: Partial<ExistingFiles>): ExistingFiles => ({
  current: new Map(),
  record: null,
  published: new Map(),
  ...over,
});

describe('takenFiles: whose is each file already there', () => {
  it.each([
    ['nothing there', existing({}), []],
    [
      'ingest’s own, untouched',
      existing({ current: new Map([[MDX, 'aaa']]), record: { files: { [MDX]: 'aaa' } } }),
      [{ path: MDX, state: { kind: 'unedited' }, edited: false }],
    ],
    [
      'changed since ingest wrote it',
      existing({ current: new Map([[MDX, 'bbb']]), record: { files: { [MDX]: 'aaa' } } }),
      [{ path: MDX, state: { kind: 'edited' }, edited: true }],
    ],
    [
      'never written by ingest',
      existing({ current: new Map([[EVENTS, 'ccc']]), record: { files: {} } }),
      [{ path: EVENTS, state: { kind: 'not-ingested' }, edited: false }],
    ],
    [
      'published, though untouched',
      existing({
        current: new Map([[TXT, 'aaa']]),
        record: { files: { [TXT]: 'aaa' } },
        published: new Map([[TXT, 'content/articles/x.mdx is published and cites it']]),
      }),
      [
        {
          path: TXT,
          state: { kind: 'published', by: 'content/articles/x.mdx is published and cites it' },
          edited: false,
        },
      ],
    ],
  ])('%s', (_, state, expected) => {
    expect(takenFiles([TXT, MDX, EVENTS], state)).toEqual(expected);
  });
});

describe('refusal', () => {
  const unedited = { path: MDX, state: { kind: 'unedited' as const }, edited: false };
  const edited = { path: MDX, state: { kind: 'edited' as const }, edited: true };
  const published = {
    path: TXT,
    state: { kind: 'published' as const, by: 'x.mdx is published and cites it' },
    edited: false,
  };
  it.each([
    ['a free slug', [], false, null],
    ['a free slug, with --force', [], true, null],
    ['ingest’s untouched files, with --force', [unedited], true, null],
    ['ingest’s untouched files, without --force', [unedited], false, /is taken:\n.*unedited\)\n.*pass --force/],
    [
      'an edited file, with --force',
      [edited],
      true,
      /--force: "talks" holds files that are not ingest's to replace:\n.*edited since ingest wrote it/,
    ],
    [
      'an edited file, without --force',
      [edited],
      false,
      /not only by ingest's own untouched files[\s\S]*Choose another --slug/,
    ],
    [
      'a published source, with --force',
      [unedited, published],
      true,
      /published: x\.mdx is published and cites it[\s\S]*never a published source/,
    ],
  ])('%s', (_, taken, force, expected) => {
    const message = refusal('talks', taken, force);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });
});

describe('difference', () => {
  it('shows the editor’s lines against the new draft’s', () => {
    expect(difference(MDX, 'title: "Ours"\ndraft: true\n', 'title: "Theirs"\ndraft: true\n')).toBe(
      [
        `--- ${MDX} (yours)`,
        `+++ ${MDX} (new draft)`,
        '@@ -1,2 +1,2 @@',
        '-title: "Ours"',
        '+title: "Theirs"',
        ' draft: true',
      ].join('\n'),
    );
  });

  it('is empty for the same text, and cut short for a long one', () => {
    expect(difference(MDX, 'a\n', 'a\n')).toBe('');
    const long = difference(MDX, 'x\n'.repeat(100), 'y\n'.repeat(100)).split('\n');
    expect(long).toHaveLength(41);
    expect(long.at(-1)).toMatch(/^… \d+ more line\(s\)$/);
  });
});
