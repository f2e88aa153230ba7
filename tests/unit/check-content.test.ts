/**
 * `npm run check:content`: every problem of the content in one run, in seconds, each with its file,
 * line, field and what was expected. On a fictional story with a dozen different mistakes
 * (tests/fixtures/content-mistakes/), and on copies of our content with one thing broken.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { missingPage, type SitePages } from '../../src/lib/content-links';
import { checkContent, formatProblem, toProblem, type ContentFile } from '../../src/lib/content-report';
import { placeholdersIn } from '../../src/lib/placeholders';

vi.setConfig({ testTimeout: 60_000 });

const FIXTURE = 'tests/fixtures/content-mistakes';

function run(root: string) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', root], { encoding: 'utf8' });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

/** Every file of a content/ folder, as the command reads them. */
function contentOf(root: string): ContentFile[] {
  return readdirSync(path.join(root, 'content'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return { path: path.relative(root, full).split(path.sep).join('/'), bytes: readFileSync(full) };
    });
}

/** Our content with one file changed. */
function ourContentWith(file: string, change: (text: string) => string): ContentFile[] {
  return contentOf('.').map((f) =>
    f.path === file ? { ...f, bytes: new TextEncoder().encode(change(new TextDecoder().decode(f.bytes))) } : f,
  );
}
const problemsOf = (files: ContentFile[]) => checkContent(files).map(formatProblem);

describe('a fictional story with a dozen mistakes: one run lists them all', () => {
  const result = run(FIXTURE);
  const output = result.stderr;

  it('fails, and says how many problems, in how many files, and how long it took', () => {
    expect(result.status, output).toBe(1);
    expect(output).toMatch(/check:content: 21 problem\(s\) in 8 file\(s\), 14 files checked in \d+\.\d\d s\./);
  });

  it('takes well under 5 seconds, Node starting included', () => {
    expect(result.seconds).toBeLessThan(5);
  });

  it.each([
    [
      'an empty topic name',
      'content/topics.json:9: [1] "border-talks": name: expected a name of at least 2 characters, found an empty string',
    ],
    [
      'a headline too short',
      'content/articles/border-truce-explained.mdx:2: title: expected a headline of at least 10 characters, found "Truce" (5 characters)',
    ],
    ['an unknown topic', 'content/articles/border-truce-explained.mdx:7: topics[1]: unknown topic "border-war"'],
    [
      'quoted words not in their passage',
      'content/articles/border-truce-explained.mdx:16: <Cite passage="s2" words="at once">: words: expected words that occur exactly in the passage',
    ],
    [
      'a paragraph without evidence',
      'content/articles/border-truce-explained.mdx:18: paragraph "Observers from Castra are to patrol…": no evidence',
    ],
    [
      'evidence naming no passage of the source',
      'content/articles/border-truce-explained.mdx:20: <Evidence> passage: no passage "s9" in source "border-truce"',
    ],
    [
      'a citation whose words changed',
      'content/articles/border-truce-explained.mdx:12: <Evidence passage="s1">: passage "s1" of "border-truce" now shows',
    ],
    [
      'a citation not recorded',
      'content/articles/border-truce-explained.mdx:22: <Evidence passage="s4">: the words this citation shows are not recorded',
    ],
    [
      'a link to a passage that does not exist',
      'content/articles/border-truce-explained.mdx:22: link (/sources/border-truce/#s12): no passage "s12"',
    ],
    [
      'a link to a draft',
      'content/articles/border-truce-explained.mdx:22: link (/articles/border-truce-next/): the article "border-truce-next" is a draft',
    ],
    [
      'the ingest’s note in a published article',
      'content/articles/border-truce.mdx:2: the note `npm run ingest` puts on a draft',
    ],
    ['a TODO in a published article', 'content/articles/border-truce.mdx:6: a "TODO" left for an editor'],
    [
      'an article file named with capitals and spaces',
      'content/articles/Border Truce Notes.mdx: file name: expected lower-case words joined by hyphens',
    ],
    [
      'a source text that is not the one received',
      'content/sources/old-letter.json:9: sha256: old-letter.txt is not the document as received',
    ],
    [
      'a colour the palette does not have',
      'content/stories/border-truce.json:13: tracks[0].colour: expected one of "red", "teal", "amber", "violet", "green", "blue", found "pink"',
    ],
    [
      'a TODO in a published event',
      'content/timeline/border-truce.json:29: event "truce-signed-2026-03-02": headline: a "TODO" left for an editor',
    ],
    [
      'a timeline quote not word for word',
      'content/timeline/border-truce.json:54: event "observers-to-patrol-2026-03": provenance.quote: expected words found exactly in passage s3',
    ],
    [
      'a date not in the calendar',
      'content/timeline/border-truce.json:59: event "talks-in-april-2026-04": date: "2026-02-30" is not a date in the calendar',
    ],
    [
      'a respondsTo that points nowhere',
      'content/timeline/border-truce.json:74: event "talks-in-april-2026-04": respondsTo: no event has the id "truce-signed"',
    ],
    [
      'JSON with a trailing comma',
      'content/timeline/notes.json:2: expected valid JSON: Expected double-quoted property name',
    ],
  ])('%s', (_, line) => {
    expect(
      output.split('\n').some((l) => l.startsWith(line)),
      output,
    ).toBe(true);
  });

  it('never passes on Zod’s own wording', () => {
    expect(output).not.toMatch(/Too small|Too big|Invalid input|Invalid option/);
  });
});

describe('our content', () => {
  it('has no problems', () => {
    const result = run('.');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^check:content: no problems; \d+ files checked in \d+\.\d\d s\.\n$/);
  });
});

describe('one broken file gives its own problems, not one for everything that names it', () => {
  it.each([
    [
      'topics.json cut short',
      'content/topics.json',
      (t: string) => t.slice(0, 40),
      [/^content\/topics\.json:\d+: expected valid JSON/],
    ],
    [
      'a topic whose name is too long',
      'content/topics.json',
      (t: string) => t.replace('"name": "Gaza ceasefire"', `"name": "${'Gaza ceasefire '.repeat(5)}"`),
      [/^content\/topics\.json:\d+: \[\d\] "gaza-ceasefire": name: expected a name of at most 48 characters/],
    ],
    [
      'a source text changed by a byte',
      'content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.txt',
      (t: string) => t.replace('$450 million', '$460 million'),
      [
        /^content\/sources\/kazakhstan-diplomatic-balance-gaza-ceasefire\.json:\d+: sha256: .* is not the document as received/,
      ],
    ],
    [
      'an event the schema refuses, which another answers and which carries a context fact',
      'content/timeline/events.json',
      (t: string) =>
        t.replace(
          '"id": "hamas-attack-2023-10-07",\n    "date": "2023-10-07",\n    "track": "ceasefire",\n    "kind": "event"',
          '"id": "hamas-attack-2023-10-07",\n    "date": "2023-10-07",\n    "track": "ceasefire",\n    "kind": "rumour"',
        ),
      [
        /^content\/timeline\/events\.json:51: event "hamas-attack-2023-10-07": kind: expected "event", "statement", "expectation" or "figure", found "rumour"/,
      ],
    ],
  ])('%s', (_, file, change, expected) => {
    const problems = problemsOf(ourContentWith(file, change));
    expect(problems, problems.join('\n')).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });
});

describe('toProblem', () => {
  it.each([
    [
      'content/topics.json:12:3: expected valid JSON: …',
      { file: 'content/topics.json', line: 12, text: 'expected valid JSON: …' },
    ],
    ['content/a.mdx: topics[1]: unknown topic "x"', { file: 'content/a.mdx', text: 'topics[1]: unknown topic "x"' }],
    ['content/topics.json [2]: id: repeated', { file: 'content/topics.json', text: '[2]: id: repeated' }],
    ['content/articles/Key Facts.mdx: file name: …', { file: 'content/articles/Key Facts.mdx', text: 'file name: …' }],
  ])('%s', (message, problem) => {
    expect(
      toProblem(message, new Set(['content/articles/Key Facts.mdx', 'content/topics.json', 'content/a.mdx'])),
    ).toEqual(problem);
  });
});

describe('missingPage: links to pages the site will not have', () => {
  const site: SitePages = {
    articles: new Set(['explained']),
    draftArticles: new Set(['next']),
    sources: new Map([['report', new Set(['p1', 's1', 'what-comes-next'])]]),
    unpublishedSources: new Set(['letter']),
    topics: new Set(['truce']),
    contextFacts: new Set(['shelling']),
    events: new Set(['signed', 'signed-old']),
    draftEvents: new Set(['talks']),
  };
  it.each([
    ['/articles/explained/', undefined],
    ['/articles/explained/#what-comes-next-p1', undefined],
    ['/articles/next/', /is a draft/],
    ['/articles/nowhere/', /no article "nowhere"/],
    ['/sources/report/#s1', undefined],
    ['/sources/report/#s9', /no passage "s9" in source "report"/],
    ['/sources/letter/', /has no page yet: only draft articles name it/],
    ['/topics/truce/', undefined],
    ['/topics/war/', /no topic "war"/],
    ['/context/#shelling', undefined],
    ['/context/#flood', /no context fact "flood"/],
    ['/timeline/#event-signed-old', undefined],
    ['/timeline/#event-talks', /is a draft/],
    ['/timeline/#event-never', /no timeline event "never"/],
    ['/about/', undefined],
    ['https://example.org/articles/next/', undefined],
  ])('%s', (url, why) => {
    const found = missingPage(url, site);
    if (why) expect(found).toMatch(why);
    else expect(found).toBeUndefined();
  });
});

describe('placeholdersIn', () => {
  it.each([
    ['actors: TODO: who acted or spoke', ['TODO']],
    ['# Drafted by `npm run ingest` from content/sources/x.txt.', ['Drafted by `npm run ingest`']],
    ['Todo lists and TODOS are words, not placeholders.', []],
  ])('%s', (text, words) => {
    expect(placeholdersIn(text).map((p) => p.words)).toEqual(words);
  });
});
