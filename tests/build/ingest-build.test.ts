/**
 * After an ingest the site still builds, and the draft stays out of it: no page, link, listing or
 * feed names it. A second story, published, shows the other half: its pages are built from the draft.
 * Runs `astro build` in a temporary copy of the project, so the real content/ and dist/ are untouched.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build, copyProject } from '../../scripts/project-copy.ts';
import { indexedPages } from '../../scripts/search-index.ts';
import { passageAt } from '../../src/lib/search';
import { builtPages } from '../e2e/built-pages';
import { OUR_SOURCE_OPTIONS } from '../fixtures/our-source';

const root = copyProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const OPTIONS = OUR_SOURCE_OPTIONS;

function ingest(args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', ...args, ...OPTIONS, '--root', root], {
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
}

it('builds with one story left as a draft and another published', () => {
  ingest(['content/sources/kazakhstan-diplomatic-balance-gaza-ceasefire.txt', '--slug', 'draft-story']);
  const markdown = path.join(root, 'story.md');
  writeFileSync(
    markdown,
    "# Kazakhstan Maintains Diplomatic Balance\r\n\r\n## Astana's Position\r\n\r\nKazakhstan recognized the State of Palestine in 1992 and established diplomatic ties.\r\n",
  );
  ingest([markdown, '--slug', 'published-story']);
  const article = path.join(root, 'content/articles/published-story.mdx');
  // As README's "Adding a story" says: the ingest's note and TODO comments go before it is published.
  writeFileSync(
    article,
    readFileSync(article, 'utf8')
      .replace('\ndraft: true\n', '\ndraft: false\n')
      .replace(/^# Drafted by .*\n/m, '')
      .replace(/ # TODO:.*$/gm, ''),
  );
  // Publishing records the words its citations show (README, "Publish"), or the build refuses them.
  const cited = spawnSync(process.execPath, ['scripts/citations.ts'], { cwd: root, encoding: 'utf8' });
  expect(cited.status, cited.stdout + cited.stderr).toBe(0);

  // A word only the draft has: the search index must not hold it.
  const draft = path.join(root, 'content/articles/draft-story.mdx');
  writeFileSync(draft, `${readFileSync(draft, 'utf8')}\nQuillwort appears in this draft and nowhere else.\n`);

  const { ok, output } = build(root);
  expect(ok, output).toBe(true);

  const dist = path.join(root, 'dist');
  const pages = builtPages(dist);
  expect(pages).toContain('/articles/published-story/');
  expect(pages).toContain('/sources/published-story/');
  expect(pages.filter((p) => p.includes('draft-story'))).toEqual([]);
  const mentions = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|txt)$/.test(e.name))
    .filter((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8').includes('draft-story'))
    .map((e) => e.name);
  expect(mentions).toEqual([]);

  const index = indexedPages(dist);
  expect(index.map((p) => p.url)).toContain('/articles/published-story/');
  expect(index.filter((p) => p.url.includes('draft-story') || p.content.includes('Quillwort'))).toEqual([]);

  // The published story's sub-heading keeps its straight apostrophe; smart punctuation would have curled it.
  const html = readFileSync(path.join(dist, 'articles/published-story/index.html'), 'utf8');
  expect(html).toMatch(/<h2 id="[^"]+">Astana(&#39;|')s Position<\/h2>/);
  // Like our published report, its paragraphs keep the source's passage ids, so a search lands on p1, not #intro-p1.
  expect(html).toMatch(/<p id="p1">Kazakhstan recognized the State of Palestine in 1992/);
  // A search for its words lands on the passage (as on the published report), not on the article's own #intro-p1.
  const indexed = index.find((p) => p.url === '/articles/published-story/')!;
  const location = indexed.content.split(/\s+/).indexOf('recognized');
  expect(passageAt(indexed.anchors, location)?.id).toBe('p1');
}, 180_000);
