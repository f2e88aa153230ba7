import { parse } from 'node-html-parser';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { permalinks } from '../../src/markdown/permalinks';

async function ids(markdown: string) {
  const { html } = await markdownToHtml(markdown, { hastPlugins: [permalinks] });
  const root = parse(html);
  return { root, ids: root.querySelectorAll('p, h2, h3').map((el) => `${el.tagName.toLowerCase()}#${el.id}`) };
}

const article = `Lead.

Second lead.

## What happened?

One.

- a loose

- list

### In detail

Two.

## What happened?

Three.
`;

describe('permalinks', () => {
  it('gives headings their slug and paragraphs their place in the section', async () => {
    expect((await ids(article)).ids).toEqual([
      'p#intro-p1',
      'p#intro-p2',
      'h2#what-happened',
      'p#what-happened-p1',
      'p#what-happened-p2',
      'p#what-happened-p3',
      'h3#in-detail',
      'p#in-detail-p1',
      'h2#what-happened-1',
      'p#what-happened-1-p1',
    ]);
  });

  it('builds the same ids from the same text', async () => {
    expect((await ids(article)).ids).toEqual((await ids(article)).ids);
  });

  it('an added paragraph moves only the ids after it in its own section', async () => {
    const before = (await ids(article)).ids;
    const after = (await ids(article.replace('One.', 'New.\n\nOne.'))).ids;
    expect(after.filter((id) => !id.startsWith('p#what-happened-p'))).toEqual(
      before.filter((id) => !id.startsWith('p#what-happened-p')),
    );
    expect(after.filter((id) => id.startsWith('p#what-happened-p'))).toHaveLength(4);
  });

  it('puts a # link beside each heading, so the heading keeps its own text', async () => {
    const { root } = await ids(article);
    const wrap = root.querySelector('.heading-wrap')!;
    expect(wrap.querySelector('h2')!.text).toBe('What happened?');
    const anchor = wrap.querySelector('a.heading-anchor')!;
    expect(anchor.getAttribute('href')).toBe('#what-happened');
    expect(anchor.querySelector('[aria-hidden="true"]')!.text).toBe('#');
    expect(anchor.querySelector('.sr-only')!.text).toBe('Link to this section: What happened?');
  });

  it('fails when a heading would take the id of a paragraph', async () => {
    await expect(ids('## Intro p1\n\nText.\n\n## Intro\n\nText.')).rejects.toThrow(
      /the id "intro-p1" of paragraph 1 of section "intro" is already the id of the heading "Intro p1"/,
    );
  });

  it.each([
    ['## Main', 'main', /the main content, where "Skip to content" lands/],
    ['### Toc title', 'toc-title', /the contents box/],
    ['## Related title', 'related-title', /the related articles/],
    ['## Ev s14', 'ev-s14', /a piece of evidence the page shows/],
  ])('%s: fails when a heading would take an id the page already uses', async (markdown, id, owner) => {
    await expect(ids(`Lead.\n\n${markdown}\n\nText.`)).rejects.toThrow(
      new RegExp(`the id "${id}" of the heading .* is already the id of ${owner.source}`),
    );
  });

  it('lets a heading take a word the page uses, when the id differs', async () => {
    expect((await ids('Lead.\n\n## Related\n\nText.')).ids).toContain('h2#related');
  });
});
