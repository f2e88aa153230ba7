/** Every heading and paragraph of an article's text can be linked to, and headings offer the link. */
import { describe, expect, it } from 'vitest';
import { PAGE_ID_PREFIXES, PAGE_IDS } from '../../src/markdown/permalinks';
import { articles, page } from './dist';

describe.each(articles())('%s', (urlPath) => {
  const html = page(urlPath);
  const body = html.querySelector('article .prose')!;

  it('gives every heading and paragraph of the text an id, unique on the page', () => {
    // An embedded timeline's events carry their own permalinks (#event-…), on each list item.
    const blocks = body
      .querySelectorAll('h2, h3, h4, p')
      .filter((el) => !el.closest('figure, aside, [role="note"], .timeline-block, .timeline-digest'));
    expect(blocks.length).toBeGreaterThan(0);
    for (const el of blocks) expect(el.id, `${el.tagName}: ${el.text.slice(0, 40)}`).toMatch(/^[a-z0-9-]+$/);
    const all = html.querySelectorAll('[id]').map((el) => el.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('uses outside its text only ids that headings are kept from taking (PAGE_IDS)', () => {
    const outside = html.querySelectorAll('[id]').filter((el) => !el.closest('article .prose'));
    expect(outside.length).toBeGreaterThan(0);
    const reserved = (id: string) => PAGE_IDS.has(id) || [...PAGE_ID_PREFIXES.keys()].some((p) => id.startsWith(p));
    for (const el of outside) expect(reserved(el.id), `id="${el.id}" is in PAGE_IDS or PAGE_ID_PREFIXES`).toBe(true);
  });

  it('puts a # link to each section heading of the text beside it', () => {
    const headings = body.querySelectorAll('h2, h3').filter((h) => !h.closest('section, aside, [role="note"]'));
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      expect(heading.parentNode!.classList.contains('heading-wrap'), heading.text).toBe(true);
      expect(heading.nextElementSibling?.getAttribute('href')).toBe(`#${heading.id}`);
    }
  });
});
