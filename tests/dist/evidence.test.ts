/**
 * The evidence behind every claim, as the built site shows it: each marker opens a popover that is on
 * the page and quotes its passage, each link lands on a passage or a context fact that exists, the
 * feeds carry the markers as plain links, and the explainer is told in our words, not in quotations.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { articles, distFile, page, SITE, squash } from './dist';

const EXPLAINER = '/articles/kazakhstan-gaza-ceasefire-explained/';

const parsed = new Map<string, HTMLElement>();
/** Whether an internal link's page is built and holds the element its #fragment names. */
function lands(href: string): boolean {
  const url = new URL(href, SITE);
  if (!parsed.has(url.pathname)) parsed.set(url.pathname, page(url.pathname));
  return url.hash === '' || parsed.get(url.pathname)!.querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`) !== null;
}

const words = (el: HTMLElement | null | undefined) => (el ? squash(el.textContent).split(' ').filter(Boolean).length : 0);

describe('evidence markers', () => {
  const marked = articles().filter((p) => page(p).querySelector('[popovertarget]'));

  it('are on the explainer and the key facts', () => {
    expect(marked).toEqual(
      expect.arrayContaining([EXPLAINER, '/articles/kazakhstan-gaza-ceasefire-key-facts/']),
    );
  });

  it.each(marked)('on %s each open evidence that is on the page, with links that land', (url) => {
    const html = page(url);
    const markers = html.querySelectorAll('.ev button[popovertarget]');
    expect(markers.length).toBeGreaterThan(0);
    for (const marker of markers) {
      const id = marker.getAttribute('popovertarget')!;
      const popover = html.querySelector(`[popover][id="${id}"]`);
      expect(popover, `${url}: the popover ${id}`).not.toBeNull();
      // Outside the article's text: hidden evidence is neither read twice nor indexed.
      expect(popover!.closest('[data-pagefind-body]'), `${url}: ${id} is outside the indexed text`).toBeNull();
      const links = popover!.querySelectorAll('a[href^="/"]').map((a) => a.getAttribute('href')!);
      expect(links.length, `${url}: ${id} links to its evidence`).toBeGreaterThan(0);
      for (const href of links) expect(lands(href), `${url}: ${id} → ${href}`).toBe(true);
      // The label names what the evidence is: the passage id, or "context".
      const label = squash(marker.textContent).replace(/^Evidence: /, '');
      expect(
        links.some((href) => (label === 'context' ? href.startsWith('/context/#') : href.endsWith(`#${label}`))),
        `${url}: marker "${label}" and its links`,
      ).toBe(true);
    }
  });
});

describe('the feeds', () => {
  const rss = parse(distFile('/rss.xml'));
  const explainer = rss.querySelectorAll('item').find((item) => item.querySelector('guid')?.text === `${SITE}${EXPLAINER}`);

  it('carry each evidence marker as a plain link to its passage or fact', () => {
    expect(explainer).toBeDefined();
    const content = parse(explainer!.querySelector('content\\:encoded')?.text ?? '');
    const links = content.querySelectorAll('a').filter((a) => /^\[(s|p)\d+\]$|^\[context: .+\]$/.test(a.text));
    expect(links.length).toBeGreaterThan(20);
    for (const a of links) {
      const href = a.getAttribute('href')!;
      expect(href.startsWith(SITE), href).toBe(true);
      expect(lands(href), href).toBe(true);
    }
    expect(content.querySelectorAll('[popover], [popovertarget]')).toHaveLength(0);
  });
});

describe('the explainer is in our own words', () => {
  it('quotes the source for at most a quarter of its words', () => {
    const body = page(EXPLAINER).querySelector('[data-pagefind-body]')!;
    const quoted = body.querySelectorAll('q, blockquote').reduce((n, q) => n + words(q), 0);
    const share = quoted / words(body);
    expect(share, `${(share * 100).toFixed(1)} % of the explainer's words are quotations`).toBeLessThanOrEqual(0.25);
  });
});
