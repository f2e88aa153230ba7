/**
 * Astro's incremental build (src/data/page-cache-key.ts), on a fixture of fictional stories: a second
 * build of unchanged content copies the article pages from the first and makes the same site, search index
 * included; after an edit, anywhere in content/, no page shows what the edit replaced.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build, edit } from '../../scripts/project-copy.ts';
import { indexedPages } from '../../scripts/search-index.ts';
import { storiesProject } from '../fixtures/stories-project';

const EXPLAINER = 'articles/harbour-strike-explained/index.html';
const TITLE = 'The Port Aldmere strike: what happened, in two questions';
const EDITED_TITLE = 'The Port Aldmere strike: what happened, in two short questions';
const FACT = 'Port Aldmere reopened to ships the morning after the strike ended.';
const EDITED_FACT = 'Port Aldmere reopened to ships on the morning after the strike ended.';

let dir: string;
let first: Map<string, Buffer>;
beforeAll(() => {
  dir = storiesProject();
  const { ok, output } = build(dir);
  if (!ok) throw new Error(output);
  first = site();
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

/** Every file of the built site, by its path in it. */
function site(): Map<string, Buffer> {
  const dist = path.join(dir, 'dist');
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dist, file), readFileSync(file)] as const;
      }),
  );
}

const page = (file: string) => parse(readFileSync(path.join(dir, 'dist', file), 'utf8'));

it('copies the article pages of unchanged content from the last build, and makes the same site', () => {
  const { ok, output } = build(dir);
  expect(ok, output).toBe(true);
  expect(output).toMatch(new RegExp(`/${EXPLAINER} \\((?:restored|cached)\\)`));
  const second = site();
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  const differing = [...first].filter(([file, bytes]) => !second.get(file)?.equals(bytes)).map(([file]) => file);
  expect(differing).toEqual([]);
}, 300_000);

/** Builds after `change`: every page is rendered again, none copied. */
function rebuildAfter(change: () => void): void {
  change();
  const { ok, output } = build(dir);
  expect(ok, output).toBe(true);
  expect(output).not.toMatch(/\((?:restored|cached)\)/);
}

it('after an edit to a context fact alone, the article that shows it in a popover shows it as edited', () => {
  rebuildAfter(() => edit(dir, 'content/context/facts.json', (text) => text.replace(FACT, EDITED_FACT)));
  const popovers = page(EXPLAINER)
    .querySelectorAll('[popover]')
    .map((p) => p.text);
  expect(popovers.some((p) => p.includes(EDITED_FACT))).toBe(true);
  expect(popovers.some((p) => p.includes(FACT))).toBe(false);
}, 300_000);

it('after an article’s title is edited, no page shows the old one, and the search index has the new one', () => {
  rebuildAfter(() =>
    edit(dir, 'content/articles/harbour-strike-explained.mdx', (text) => text.replace(TITLE, EDITED_TITLE)),
  );
  expect(page(EXPLAINER).querySelector('h1')!.text.trim()).toBe(EDITED_TITLE);
  // The lists name it by its new title.
  for (const file of ['index.html', 'archive/index.html', 'stories/harbour-strike/index.html']) {
    const text = page(file).text;
    expect(text, file).toContain(EDITED_TITLE);
    expect(text, file).not.toContain(TITLE);
  }
  // The search index is made again, from the pages as they are now.
  const indexed = indexedPages(path.join(dir, 'dist')).find((p) =>
    p.url.includes('/articles/harbour-strike-explained/'),
  );
  expect(indexed?.title).toBe(EDITED_TITLE);
}, 300_000);
