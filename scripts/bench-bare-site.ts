/**
 * The bare site scripts/bench.ts compares our build with: Astro and MDX as they come (no
 * integrations beyond MDX, no styles, no feeds, no cards, no search index), one page per
 * article plus a home page listing them, built from the same node_modules. Its template is kept
 * here as text so that it is generated into a temporary folder and never typechecked or linted
 * as part of the project.
 */
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-bare-site', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ base: './content/articles', pattern: '**/*.mdx' }),
    schema: z.object({ title: z.string(), dek: z.string(), published: z.string() }),
  }),
};
`,
  'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Page from '../layouts/Page.astro';
const articles = (await getCollection('articles')).sort((a, b) => b.data.published.localeCompare(a.data.published));
---
<Page title="Articles">
  <h1>Articles</h1>
  <ul>
    {articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a><p>{a.data.dek}</p></li>)}
  </ul>
</Page>
`,
  'src/pages/articles/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../../layouts/Page.astro';

export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Page title={entry.data.title}>
  <article>
    <h1>{entry.data.title}</h1>
    <p>{entry.data.dek}</p>
    <Content />
  </article>
</Page>
`,
};

/**
 * Our MDX as plain Markdown: the same frontmatter and prose, without the imports and the
 * components (<Cite>, <KeyTakeaways>…) that only our site has. Text inside a component stays.
 */
export function bareMdx(ours: string): string {
  const end = ours.indexOf('\n---', 3);
  const frontmatter = ours.slice(0, end + 4);
  const body = ours
    .slice(end + 4)
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>/g, '');
  return frontmatter + body;
}

/** Writes the bare site with these articles (file name → our MDX) into a new temporary folder. */
export function makeBareSite(root: string, articles: Map<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'multivector-bare-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  mkdirSync(path.join(dir, 'content/articles'), { recursive: true });
  for (const [name, text] of articles) writeFileSync(path.join(dir, 'content/articles', name), bareMdx(text));
  // The same packages as ours, linked one by one so that Astro's caches stay in this folder.
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return dir;
}
