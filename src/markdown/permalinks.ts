/**
 * A Sätteri hast plugin (astro.config.mjs, `markdown.processor`) that makes every heading and
 * paragraph of an article linkable:
 *
 *  - headings get the slug Astro would give them (github-slugger, as Astro's own plugin does; it
 *    runs after ours and keeps an id that is already there) and a "#" link beside them;
 *  - paragraphs get `<section>-p<n>`: the id of the heading above and the paragraph's place under
 *    it ("intro-p2" before the first heading). An edit moves only the ids after it in the same
 *    section, never those in other sections, and the same text always builds the same ids.
 *
 * Paragraphs that components render (a <Cite block>, <SourceText>) are not in the Markdown tree
 * and keep the ids their components give them (the source's p1…p13).
 */
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { visible } from '../lib/characters.ts';
import type { HastPluginEntry } from 'satteri';

/** The section name used before the first heading. */
export const INTRO = 'intro';

/** A paragraph's id from its section's id and its 1-based place in that section. */
export const paragraphId = (section: string, n: number) => `${section}-p${n}`;

const ANCHORED = ['h2', 'h3', 'h4'];

/**
 * Ids the article page gives elements outside the article's text, which a heading must not take: a
 * `## Main` would otherwise make a second id="main" and the skip link would land on it. Kept complete
 * by tests/dist/permalinks.test.ts, which reads every id an article page has outside its text.
 */
export const PAGE_IDS: ReadonlyMap<string, string> = new Map([
  ['main', 'the main content, where "Skip to content" lands (src/layouts/BaseLayout.astro)'],
  ['toc-title', 'the contents box (src/components/TableOfContents.astro)'],
  ['share-title', 'the share bar (src/components/ShareBar.astro)'],
  ['corrections-title', 'the corrections (src/components/Corrections.astro)'],
  ['source-box-title', 'the source box (src/components/SourceBox.astro)'],
  ['related-title', 'the related articles (src/pages/articles/[id].astro)'],
]);

/** Beginnings of ids the article page gives its own elements, with what has them. */
export const PAGE_ID_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['ev-', 'a piece of evidence the page shows (src/components/EvidencePopovers.astro: ev-s14, ev-<fact>)'],
]);

const pageIdOf = (id: string) =>
  PAGE_IDS.get(id) ?? [...PAGE_ID_PREFIXES].find(([prefix]) => id.startsWith(prefix))?.[1];

export const permalinks: HastPluginEntry = (context) => {
  const slugger = new GithubSlugger();
  const seen = new Map<string, string>();
  let section = INTRO;
  let paragraphs = 0;
  const file = context.fileURL ? path.relative(process.cwd(), context.fileURL.pathname) : 'an article';
  const claim = (id: string, what: string) => {
    const earlier = seen.get(id) ?? pageIdOf(id);
    if (earlier) {
      throw new Error(
        visible(
          `${file}: the id "${id}" of ${what} is already the id of ${earlier}; reword the heading so they differ`,
        ),
      );
    }
    seen.set(id, what);
  };
  return {
    name: 'permalinks',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'],
      visit(node, ctx) {
        const given = node.properties?.['id'];
        if (node.tagName === 'p') {
          paragraphs++;
          const id = typeof given === 'string' ? given : paragraphId(section, paragraphs);
          claim(id, `paragraph ${paragraphs} of section "${section}"`);
          if (typeof given !== 'string') ctx.setProperty(node, 'id', id);
          return;
        }
        const text = ctx.textContent(node);
        const id = typeof given === 'string' ? given : slugger.slug(text);
        claim(id, `the heading "${text}"`);
        section = id;
        paragraphs = 0;
        if (typeof given !== 'string') ctx.setProperty(node, 'id', id);
        if (!ANCHORED.includes(node.tagName)) return;
        // The link sits beside the heading, not inside it, so the heading's name stays its text.
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrap'] },
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: { className: ['heading-anchor'], href: `#${id}` },
              children: [
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { ariaHidden: 'true' },
                  children: [{ type: 'text', value: '#' }],
                },
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { className: ['sr-only'] },
                  children: [{ type: 'text', value: `Link to this section: ${text}` }],
                },
              ],
            },
          ],
        });
      },
    },
  };
};
