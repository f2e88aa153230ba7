/** Every heading and paragraph of an article's text can be linked to, and headings offer the link. */
import { describe, expect, it } from 'vitest';
import { articles, page } from './dist';

describe.each(articles())('%s', (urlPath) => {
  const html = page(urlPath);
  const body = html.querySelector('article .prose')!;

  it('gives every heading and paragraph of the text an id, unique on the page', () => {
    // A timeline inside the text links by its events' own ids (event-…), not by paragraph.
    const blocks = body
      .querySelectorAll('h2, h3, h4, p')
      .filter((el) => !el.closest('figure, aside, [role="note"], .timeline-block'));
    expect(blocks.length).toBeGreaterThan(0);
    for (const el of blocks) expect(el.id, `${el.tagName}: ${el.text.slice(0, 40)}`).toMatch(/^[a-z0-9-]+$/);
    const all = html.querySelectorAll('[id]').map((el) => el.id);
    expect(new Set(all).size).toBe(all.length);
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
