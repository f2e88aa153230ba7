/**
 * Content that used to go wrong silently (issue 11): each case breaks one thing in a copy of the project,
 * and the build must fail, saying where and what, whatever Astro has cached from an earlier build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, edit } from '../../scripts/project-copy.ts';

const EXPLAINER = 'content/articles/kazakhstan-gaza-ceasefire-explained.mdx';
const KEY_FACTS = 'content/articles/kazakhstan-gaza-ceasefire-key-facts.mdx';
const SOURCE_META = 'content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.json';
const EVENTS = 'content/timeline/events.json';
const TOPICS = 'content/topics.json';
const FACTS = 'content/context/facts.json';
const made: string[] = [];
// Removing a copy takes a while on a busy machine: each fresh copy goes as soon as its case is done.
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })), 120_000);

const change = (file: string, from: RegExp | string, to: string) => (dir: string) =>
  edit(dir, file, (t) => t.replace(from, to));

describe('with a warm cache (a good build first, then the break)', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyProject();
    made.push(dir);
    expect(build(dir).ok).toBe(true);
  }, 120_000);

  it.each([
    [
      'a truncated topics file',
      TOPICS,
      (t: string) => t.slice(0, 200),
      /content\/topics\.json:\d+:\d+: expected valid JSON/,
    ],
    [
      'a context-facts file with a trailing comma',
      FACTS,
      (t: string) => t.replace(/\}\s*\]\s*$/, '},\n]\n'),
      /content\/context\/facts\.json:\d+:\d+: expected valid JSON/,
    ],
    ['an empty topics file', TOPICS, () => '', /content\/topics\.json: expected JSON, found an empty file/],
  ])('%s fails the build, naming the file, line and column', (_, file, breakIt, message) => {
    const full = path.join(dir, file);
    const good = readFileSync(full, 'utf8');
    writeFileSync(full, breakIt(good));
    const { ok, output } = build(dir);
    writeFileSync(full, good);
    expect(ok, output).toBe(false);
    expect(output).toMatch(message);
  });

  it('a loader error fails `astro build` itself, with a non-zero exit status', () => {
    const full = path.join(dir, TOPICS);
    const good = readFileSync(full, 'utf8');
    writeFileSync(full, good.slice(0, 100));
    const astro = spawnSync(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', '.dist-direct'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    writeFileSync(full, good);
    expect(astro.status, astro.stdout + astro.stderr).not.toBe(0);
    expect(astro.stdout + astro.stderr).toMatch(/content\/topics\.json:\d+:\d+: expected valid JSON/);
  });
});

// Each case breaks a fresh copy.
const cases: [string, (dir: string) => void, RegExp[]][] = [
  [
    'an article copied under a name with capitals (the same address)',
    (dir) =>
      copyFileSync(
        path.join(dir, KEY_FACTS),
        path.join(dir, 'content/articles/Kazakhstan-Gaza-Ceasefire-Key-Facts.mdx'),
      ),
    [
      /content\/articles\/Kazakhstan-Gaza-Ceasefire-Key-Facts\.mdx: file name: expected lower-case words joined by hyphens, such as "kazakhstan-gaza-ceasefire-key-facts\.mdx"/,
    ],
  ],
  [
    'an article copied under a name with spaces',
    (dir) =>
      copyFileSync(
        path.join(dir, KEY_FACTS),
        path.join(dir, 'content/articles/kazakhstan gaza ceasefire key facts.mdx'),
      ),
    [
      /content\/articles\/kazakhstan gaza ceasefire key facts\.mdx: file name: .*such as "kazakhstan-gaza-ceasefire-key-facts\.mdx"/,
    ],
  ],
  [
    'a repeated topic id',
    change(TOPICS, /"id": "gaza-ceasefire"/, '"id": "kazakhstan-foreign-policy"'),
    [
      /content\/topics\.json:\d+: \[1\]: id: "kazakhstan-foreign-policy" is already the id of the topic in content\/topics\.json \[0\]/,
    ],
  ],
  [
    'a repeated context fact id',
    (dir) =>
      edit(dir, FACTS, (t) => {
        const facts = JSON.parse(t) as { id: string }[];
        facts[1]!.id = facts[0]!.id;
        return JSON.stringify(facts, null, 2);
      }),
    [
      /content\/context\/facts\.json:\d+: \[1\]: id: "[a-z0-9-]+" is already the id of the context fact in content\/context\/facts\.json \[0\]/,
    ],
  ],
  [
    'a NUL in a frontmatter title',
    change(KEY_FACTS, /^(title: .*)'$/m, "$1\u0000'"),
    [
      /content\/articles\/kazakhstan-gaza-ceasefire-key-facts\.mdx:2:\d+: title: contains U\+0000 NULL, a control character that feeds cannot carry/,
    ],
  ],
  [
    'a form feed in an article body',
    change(KEY_FACTS, 'Two stages.', 'Two\u000C stages.'),
    [/content\/articles\/kazakhstan-gaza-ceasefire-key-facts\.mdx:\d+:\d+: body: contains U\+000C FORM FEED/],
  ],
  [
    'a control character written as a YAML escape in the byline',
    change(KEY_FACTS, /^byline: .*$/m, 'byline: "Editors\\x1F"'),
    [/content\/articles\/kazakhstan-gaza-ceasefire-key-facts\.mdx: byline: contains U\+001F UNIT SEPARATOR/],
  ],
  [
    'a YAML error in frontmatter (named by its file, not as the Astro config)',
    change(KEY_FACTS, /^title: .*$/m, 'title: [unclosed'),
    [/kazakhstan-gaza-ceasefire-key-facts\.mdx/],
  ],
  [
    'a paragraph opening added to the source, which moves a cited paragraph',
    change(SOURCE_META, '"The ongoing war",', '"The ongoing war",\n      "Anti-Israeli sentiment",'),
    [
      /kazakhstan-gaza-ceasefire-explained\.mdx:\d+: <Evidence passage="p13">: passage "p13" of "kazakhstan-diplomatic-balance-gaza-ceasefire" now shows/,
      /The recorded words are now passage "p14": write passage="p14"/,
    ],
  ],
  [
    'a <Cite> passage written as an expression, to a passage that does not exist',
    change(KEY_FACTS, '<Cite passage="s19"', '<Cite passage={`s99`}'),
    [/kazakhstan-gaza-ceasefire-key-facts\.mdx:\d+: <Cite> passage: no passage "s99"/],
  ],
  [
    'a <Cite> passage the check cannot read',
    change(KEY_FACTS, '<Cite passage="s19"', '<Cite passage={["s19"][0]}'),
    [
      /<Cite> passage: \{\["s19"\]\[0\]\} is an expression the check cannot read without running the article; write a plain string/,
    ],
  ],
  [
    'an empty highlight',
    change(KEY_FACTS, 'words="two states for two peoples"', 'highlight=""'),
    [
      /kazakhstan-gaza-ceasefire-key-facts\.mdx:\d+: <Cite> highlight: expected the words of the passage to mark, found ""/,
    ],
  ],
  [
    'a heading that takes the id of the skip link’s target',
    change(KEY_FACTS, /^## (.*)$/m, '## Main'),
    [
      /kazakhstan-gaza-ceasefire-key-facts\.mdx: the id "main" of the heading "Main" is already the id of the main content/,
    ],
  ],
  [
    'a <TimelineDigest> range with a date not in the calendar',
    change(EXPLAINER, 'from="2025-09-30"', 'from="2025-09-31"'),
    [/kazakhstan-gaza-ceasefire-explained\.mdx:55: <TimelineDigest> from: "2025-09-31" is not a date in the calendar/],
  ],
  [
    'every article a draft',
    (dir) => {
      for (const file of [EXPLAINER, KEY_FACTS, 'content/articles/kazakhstan-maintains-diplomatic-balance.mdx']) {
        edit(dir, file, (t) => t.replace(/^draft: .*\n/m, '').replace(/^---\n/, '---\ndraft: true\n'));
      }
    },
    [
      /content\/articles\/: every article is a draft \(3 of them\), so the site would have nothing to show; set draft: false/,
    ],
  ],
  [
    'a circle of respondsTo',
    (dir) =>
      edit(dir, EVENTS, (t) => {
        const events = JSON.parse(t) as { id: string; respondsTo?: string }[];
        const answer = events.find((e) => e.respondsTo)!;
        events.find((e) => e.id === answer.respondsTo)!.respondsTo = answer.id;
        return JSON.stringify(events, null, 2);
      }),
    [/content\/timeline\/events\.json: event "[a-z0-9-]+": respondsTo: the answers go round in a circle/],
  ],
  [
    'a timeline quote too short to be evidence',
    change(
      EVENTS,
      /"quote": "Kazakhstan recognized the State of Palestine in 1992[^"]*"/,
      '"quote": "Kazakhstan recognized"',
    ),
    [/content\/timeline\/events\.json:\d+: event "palestine-recognised-1992"/, /quote: expected .*at least 4 words/],
  ],
  [
    'a publication year that is a typing slip',
    change(KEY_FACTS, /^published: .*$/m, 'published: "0026-11-28T10:00:00+00:00"'),
    [/kazakhstan-gaza-ceasefire-key-facts/, /published: expected a year from 1900 to \d{4}, found 0026/],
  ],
  [
    'an invisible bidi override in a title',
    change(KEY_FACTS, /^title: '(.*)'$/m, "title: '$1\u202E'"),
    [
      /kazakhstan-gaza-ceasefire-key-facts\.mdx: title: the link-preview card cannot draw <U\+202E RIGHT-TO-LEFT OVERRIDE>/,
    ],
  ],
  [
    'a link to a page that is not built (an article still in draft)',
    change(KEY_FACTS, 'Two stages.', '[Two stages](/articles/a-draft-not-built/).'),
    [/kazakhstan-gaza-ceasefire-key-facts\.mdx:\d+: link \(\/articles\/a-draft-not-built\/\)/],
  ],
  [
    // The content checks know the site's pages but not the ids of every one: the built site's link check does.
    'a link to an id its page does not have',
    change(KEY_FACTS, 'Two stages.', '[Two stages](/about/#nowhere).'),
    [
      /Broken links: 1 link\(s\)/,
      /\/articles\/kazakhstan-gaza-ceasefire-key-facts\/: \/about\/#nowhere: \/about\/ has no id "nowhere"/,
    ],
  ],
  [
    'a story that lists an article that does not exist',
    change(
      'content/stories/kazakhstan-gaza-ceasefire.json',
      '"articles": [',
      '"articles": [\n    "an-article-never-written",',
    ),
    [
      /content\/stories\/kazakhstan-gaza-ceasefire\.json: articles\[0\]: no article "an-article-never-written" in content\/articles\//,
    ],
  ],
  [
    'a timeline event on a track its story does not have',
    change(EVENTS, '"track": "kazakhstan"', '"track": "astana"'),
    [
      /content\/timeline\/events\.json: event "[a-z0-9-]+": track: "astana" is not a track of the story in content\/stories\/kazakhstan-gaza-ceasefire\.json; expected one of "ceasefire", "kazakhstan"/,
    ],
  ],
];

describe('bad content fails the build, naming the file and field', () => {
  it.each(cases)('%s', (_, breakIt, messages) => {
    const dir = copyProject();
    let result: { ok: boolean; output: string };
    try {
      breakIt(dir);
      result = build(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const { ok, output } = result;
    expect(ok, output).toBe(false);
    expect(output).not.toMatch(/Unable to load your Astro config|Cannot read properties of undefined/);
    for (const message of messages) expect(output).toMatch(message);
  });
});
