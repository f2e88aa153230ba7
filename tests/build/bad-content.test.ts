import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { build, copyProject, edit } from '../../scripts/project-copy.ts';

const EXPLAINER = 'content/articles/kazakhstan-gaza-ceasefire-explained.mdx';
const KEY_FACTS = 'content/articles/kazakhstan-gaza-ceasefire-key-facts.mdx';
const SOURCE_META = 'content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.json';
const SOURCE_TEXT = 'content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.txt';
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
    frontmatter(KEY_FACTS, /<Cite passage="s16"/, '<Cite passage="s99"'),
    [/kazakhstan-gaza-ceasefire-key-facts\.mdx:\d+: <Cite> passage: no passage "s99"/],
  ],
  [
    'a highlight that is not in its passage',
    frontmatter(KEY_FACTS, /highlight="in 1992"/, 'highlight="in 1993"'),
    [/<Cite passage="s16" highlight="in 1993">: highlight: expected words that occur exactly/],
  ],
  [
    'an unknown context fact',
    frontmatter(EXPLAINER, /fact="sharm-el-sheikh-summit-2025-10-13"/, 'fact="invented-summit"'),
    [/<ContextNote> fact: unknown context fact "invented-summit"/],
  ],
  [
    'a source text changed by a byte',
    [SOURCE_TEXT, (t) => t.replace('$450 million', '$460 million')],
    [/kazakhstan-diplomatic-balance-gaza-ceasefire\.json: sha256: .* is not the document as received/],
  ],
  [
    'a paragraph break that opens no sentence',
    frontmatter(SOURCE_META, /"Tokayev commended"/, '"Tokayev condemned"'),
    [/\.json: structure\.paragraphs\[7\]: "Tokayev condemned" does not open any sentence/],
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
    edit(dir, KEY_FACTS, (t) => t.replace('<Cite passage="s16"', '<Cite passage="s99"'));
    const { ok, output } = build(dir);
    expect(ok).toBe(false);
    expect(output).toMatch(/dist\/ still holds the previous build/);
    expect(readFileSync(path.join(dir, 'dist/marker.txt'), 'utf8')).toBe('previous build');
    expect(readFileSync(path.join(dir, 'dist/index.html'), 'utf8')).toBe(home);
    expect(existsSync(path.join(dir, 'dist/articles/kazakhstan-gaza-ceasefire-key-facts/index.html'))).toBe(true);
  });
});

describe('markup in frontmatter comes out inert', () => {
  it('escapes a title with </script>, quotes and an onerror image everywhere it is written', () => {
    const dir = copyProject();
    made.push(dir);
    const evil = `Gaza </script><script>alert(1)</script> "quoted" 'single' <img src=x onerror=alert(2)>`;
    edit(dir, KEY_FACTS, (t) => t.replace(/^title: .*$/m, `title: ${JSON.stringify(evil)}`));
    edit(dir, KEY_FACTS, (t) =>
      t.replace(
        /^dek: .*$/m,
        `dek: ${JSON.stringify(`A dek with <b onmouseover=alert(3)>bold</b> and "quotes" that is long enough`)}`,
      ),
    );
    const { ok, output } = build(dir);
    expect(ok, output).toBe(true);
    const built = [
      'dist/articles/kazakhstan-gaza-ceasefire-key-facts/index.html',
      'dist/index.html',
      'dist/topics/gaza-ceasefire/index.html',
      ...['dist/rss.xml', 'dist/atom.xml', 'dist/feed.json'].filter((f) => existsSync(path.join(dir, f))),
    ];
    for (const file of built) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      if (file.endsWith('.html')) {
        // Inert means a browser builds no element from it. Inside a quoted attribute (og:title, say)
        // "<script>" is only text, so parse the page rather than search it for the characters.
        const root = parse(text);
        expect(
          root.querySelectorAll('script').filter((s) => s.text.includes('alert(1)') && !s.text.includes('\\u003c')),
          file,
        ).toEqual([]);
        expect(root.querySelectorAll('[onerror], [onmouseover]'), file).toEqual([]);
      } else if (file.endsWith('.json')) {
        // JSON Feed titles and summaries are plain text by the spec; only content_html is markup.
        const feed = JSON.parse(text) as { items: { title: string; content_html: string }[] };
        expect(feed.items.map((i) => i.title)).toContain(evil);
        for (const item of feed.items) expect(item.content_html).not.toMatch(/<script>alert|<img src=x onerror/);
      } else {
        expect(text, file).not.toContain('<script>alert(1)');
        expect(text, file).not.toContain('<img src=x onerror');
        expect(text, file).not.toContain('<b onmouseover');
      }
    }
    const article = readFileSync(path.join(dir, built[0]!), 'utf8');
    expect(article).toContain('Gaza &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
