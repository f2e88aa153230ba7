import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { build, copyProject, edit } from '../../scripts/project-copy.ts';
import { xmlError } from '../../src/lib/xml-check.ts';

const EXPLAINER = 'content/articles/kazakhstan-gaza-ceasefire-explained.mdx';
const KEY_FACTS = 'content/articles/kazakhstan-gaza-ceasefire-key-facts.mdx';
const SOURCE_META = 'content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.json';
const SOURCE_TEXT = 'content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.txt';
const EVENTS = 'content/timeline/events.json';
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const frontmatter = (file: string, from: RegExp, to: string) => [file, (t: string) => t.replace(from, to)] as const;

// Each case breaks one thing in a copy of the project; the build must fail and say where and what.
const cases: [string, readonly [string, (t: string) => string], RegExp[]][] = [
  [
    'a missing title',
    frontmatter(EXPLAINER, /^title: .*\n/m, ''),
    [/kazakhstan-gaza-ceasefire-explained/, /title/, /headline/],
  ],
  [
    'an invalid date',
    frontmatter(EXPLAINER, /^published: .*$/m, "published: 'last Monday'"),
    [/kazakhstan-gaza-ceasefire-explained/, /published/, /ISO 8601/],
  ],
  [
    'an unknown topic',
    frontmatter(EXPLAINER, /- gaza-ceasefire/, '- gaza-war'),
    [/content\/articles\/kazakhstan-gaza-ceasefire-explained\.mdx: topics\[1\]: unknown topic "gaza-war"/],
  ],
  [
    'an unknown source',
    frontmatter(KEY_FACTS, /^sources:\n {2}- .*$/m, 'sources:\n  - another-report'),
    [/kazakhstan-gaza-ceasefire-key-facts\.mdx: sources\[0\]: unknown source "another-report"/],
  ],
  [
    'an empty article body',
    [KEY_FACTS, (t) => t.replace(/(---\n[\s\S]*?\n---\n)[\s\S]*$/, '$1\n')],
    [/kazakhstan-gaza-ceasefire-key-facts\.mdx: body: expected the article's text/],
  ],
  [
    'an unknown passage in <Cite>',
    frontmatter(KEY_FACTS, /<Cite passage="s19"/, '<Cite passage="s99"'),
    [/kazakhstan-gaza-ceasefire-key-facts\.mdx:\d+: <Cite> passage: no passage "s99"/],
  ],
  [
    'quoted words that are not in their passage',
    frontmatter(KEY_FACTS, /words="two states for two peoples"/, 'words="two states for three peoples"'),
    [/<Cite passage="s19" words="two states for three peoples">: words: expected words that occur exactly/],
  ],
  [
    'an unknown context fact',
    frontmatter(EXPLAINER, /fact="sharm-el-sheikh-summit-2025-10-13"/, 'fact="invented-summit"'),
    [/kazakhstan-gaza-ceasefire-explained\.mdx:\d+: <Evidence> fact: unknown context fact "invented-summit"/],
  ],
  [
    'an explainer paragraph with no evidence',
    frontmatter(EXPLAINER, /(military campaign\.)<Evidence passage="s4" \/>/, '$1'),
    [
      /kazakhstan-gaza-ceasefire-explained\.mdx:\d+: paragraph "The hostages had been held for…": no evidence; expected an <Evidence/,
    ],
  ],
  [
    'evidence that names a passage the source does not have',
    frontmatter(EXPLAINER, /<Evidence passage="s4" \/>/, '<Evidence passage="s40" />'),
    [/kazakhstan-gaza-ceasefire-explained\.mdx:\d+: <Evidence> passage: no passage "s40"/],
  ],
  [
    'a source text changed by a byte',
    [SOURCE_TEXT, (t) => t.replace('$450 million', '$460 million')],
    [/kazakhstan-diplomatic-balance-gaza-ceasefire\.json:\d+: sha256: .* is not the document as received/],
  ],
  [
    'a paragraph break that opens no sentence',
    frontmatter(SOURCE_META, /"Tokayev commended"/, '"Tokayev condemned"'),
    [/\.json:\d+: structure\.paragraphs\[7\]: "Tokayev condemned" does not open any sentence/],
  ],
  [
    'a timeline quote that is not word for word in its passage',
    frontmatter(
      EVENTS,
      /"quote": "Kazakhstan recognized the State of Palestine in 1992/,
      '"quote": "Kazakhstan recognised the State of Palestine in 1992',
    ),
    [/content\/timeline\/events\.json/, /palestine-recognised-1992/, /quote/],
  ],
  [
    'a repeated timeline event id',
    frontmatter(EVENTS, /"id": "tokayev-welcomes-ceasefire-2025-10-09"/, '"id": "palestine-recognised-1992"'),
    [/content\/timeline\/events\.json/, /palestine-recognised-1992/, /id/],
  ],
  [
    'a respondsTo that points nowhere',
    frontmatter(EVENTS, /"respondsTo": "[a-z0-9-]+"/, '"respondsTo": "an-event-that-never-was"'),
    [/content\/timeline\/events\.json/, /respondsTo/, /an-event-that-never-was/],
  ],
  [
    'a timeline date that is not in the calendar',
    frontmatter(EVENTS, /"date": "2025-09-30"/, '"date": "2025-09-31"'),
    [/content\/timeline\/events\.json/, /date/, /2025-09-31/],
  ],
  [
    'a topic file with a bad id',
    frontmatter('content/topics.json', /"gaza-ceasefire"/, '"Gaza Ceasefire"'),
    [/topics/, /id/, /lower-case words/],
  ],
];

describe('bad content fails the build with a message naming the file and field', () => {
  it.each(cases)('%s', (_, [file, change], messages) => {
    const dir = copyProject();
    made.push(dir);
    edit(dir, file, change);
    const { ok, output } = build(dir);
    expect(ok, output).toBe(false);
    for (const message of messages) expect(output).toMatch(message);
  });
});

describe('a failed build leaves the previous site whole', () => {
  it('keeps dist/ as it was', () => {
    const dir = copyProject();
    made.push(dir);
    expect(build(dir).ok).toBe(true);
    const home = readFileSync(path.join(dir, 'dist/index.html'), 'utf8');
    writeFileSync(path.join(dir, 'dist/marker.txt'), 'previous build');
    edit(dir, KEY_FACTS, (t) => t.replace('<Cite passage="s19"', '<Cite passage="s99"'));
    const { ok, output } = build(dir);
    expect(ok).toBe(false);
    expect(output).toMatch(/dist\/ still holds the previous build/);
    expect(readFileSync(path.join(dir, 'dist/marker.txt'), 'utf8')).toBe('previous build');
    expect(readFileSync(path.join(dir, 'dist/index.html'), 'utf8')).toBe(home);
    expect(existsSync(path.join(dir, 'dist/articles/kazakhstan-gaza-ceasefire-key-facts/index.html'))).toBe(true);
  });
});

describe('markup in frontmatter comes out inert', () => {
  // Parsed, not searched: "<script>" inside a quoted attribute or a JSON string is text, and text is
  // what it must stay. What must never appear is an element or a handler made from the title.
  it('keeps a title with </script>, quotes and an onerror image as text in the page, JSON-LD and feeds', () => {
    const dir = copyProject();
    made.push(dir);
    const evil = `Gaza </script><script>alert(1)</script> "quoted" 'single' <img src=x onerror=alert(2)>`;
    const dek = `A dek with <b onmouseover=alert(3)>bold</b> and "quotes" that is long enough`;
    edit(dir, KEY_FACTS, (t) => t.replace(/^title: .*$/m, `title: ${JSON.stringify(evil)}`));
    edit(dir, KEY_FACTS, (t) => t.replace(/^dek: .*$/m, `dek: ${JSON.stringify(dek)}`));
    const { ok, output } = build(dir);
    expect(ok, output).toBe(true);
    const read = (file: string) => readFileSync(path.join(dir, 'dist', file), 'utf8');

    for (const file of [
      'articles/kazakhstan-gaza-ceasefire-key-facts/index.html',
      'index.html',
      'topics/gaza-ceasefire/index.html',
    ]) {
      const html = parse(read(file));
      expect(html.querySelectorAll('img[onerror], [onmouseover], b'), file).toHaveLength(0);
      for (const script of html.querySelectorAll('script')) {
        // JSON-LD may hold the title as data, but never a sequence that would end its <script>.
        if (script.getAttribute('type') === 'application/ld+json') expect(script.text).not.toMatch(/<\/script/i);
        else expect(script.text, file).not.toContain('alert(');
      }
    }
    const article = parse(read('articles/kazakhstan-gaza-ceasefire-key-facts/index.html'));
    expect(article.querySelector('h1')!.text).toBe(evil);
    expect(article.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(evil);
    const ld = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld[0].headline).toBe(evil);

    const rss = new XMLParser().parse(read('rss.xml'));
    expect(rss.rss.channel.item.map((i: { title: string }) => i.title)).toContain(evil);
    expect(xmlError(read('atom.xml'))).toBeUndefined();
    const json = JSON.parse(read('feed.json'));
    expect(json.items.map((i: { title: string }) => i.title)).toContain(evil);
  });
});
