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
import GithubSlugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';

/** The section name used before the first heading. */
export const INTRO = 'intro';

/** A paragraph's id from its section's id and its 1-based place in that section. */
export const paragraphId = (section: string, n: number) => `${section}-p${n}`;

const ANCHORED = ['h2', 'h3', 'h4'];

export const permalinks: HastPluginEntry = (context) => {
  const slugger = new GithubSlugger();
  const seen = new Map<string, string>();
  let section = INTRO;
  let paragraphs = 0;
  const claim = (id: string, what: string) => {
    const earlier = seen.get(id);
    if (earlier) {
      const file = context.fileURL?.pathname ?? 'an article';
      throw new Error(
        `${file}: the id "${id}" of ${what} is already the id of ${earlier}; reword a heading so they differ`,
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
