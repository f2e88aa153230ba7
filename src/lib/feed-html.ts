/**
 * An article's rendered HTML, made fit for a feed reader, which shows it away from the site:
 * every address becomes absolute (a fragment "#x" points into the article's page), and what only
 * makes sense on the site goes: heading "#" links, scripts, styles and class names, and an island's
 * controls (the timeline's filter), leaving the complete list it wraps: what a reader without JavaScript sees.
 * Pure: HTML and the article's address in, HTML out.
 */
import { parse } from 'node-html-parser';

const URL_ATTRIBUTES = ['href', 'src', 'cite', 'poster'];

export function feedHtml(html: string, articleUrl: string): string {
  const root = parse(html, { comment: false });
  for (const el of root.querySelectorAll('script, style, template, button, [role="status"], .heading-anchor'))
    el.remove();
  for (const el of root.querySelectorAll('astro-island, astro-slot')) el.replaceWith(...el.childNodes);
  for (const el of root.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== undefined) el.setAttribute(name, new URL(value, articleUrl).href);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== undefined) {
      el.setAttribute(
        'srcset',
        srcset
          .split(',')
          .map((candidate) => {
            const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
            return [new URL(url, articleUrl).href, ...descriptor].join(' ');
          })
          .join(', '),
      );
    }
    for (const name of Object.keys(el.attributes)) {
      if (name === 'class' || name.startsWith('data-')) el.removeAttribute(name);
    }
  }
  return root.toString().trim();
}
