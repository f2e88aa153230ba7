/**
 * An article's rendered HTML, made fit for a feed reader, which shows it away from the site and
 * without its Content Security Policy:
 *
 *  - every address becomes absolute (a fragment "#x" points into the article's page);
 *  - what only makes sense on the site goes: heading "#" links, class names, an island's controls (the
 *    timeline's filter), leaving the complete list it wraps, as a reader without JavaScript sees it;
 *  - anything that could run goes, whatever an article's MDX holds: scripts, styles, `on…` attributes
 *    and links that are not http(s) or mailto (`javascript:`…). That part is sanitize-html's, an
 *    allowlist of elements and attributes, rather than patterns of our own that a new trick would pass;
 *  - characters XML cannot carry (a form feed in a source text kept byte for byte) are dropped.
 *
 * Pure: HTML and the article's address in, HTML out.
 */
import { parse } from 'node-html-parser';
import sanitizeHtml from 'sanitize-html';
import { stripForbidden } from './characters.ts';

const URL_ATTRIBUTES = ['href', 'src', 'cite'];

/** What an article's text may hold in a feed: its prose, quotations, lists, figures, dates. */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    ...['p', 'div', 'section', 'span', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd'],
    ...['a', 'strong', 'em', 'b', 'i', 'q', 'mark', 'abbr', 'cite', 'small', 'sub', 'sup', 'time', 'blockquote'],
    ...['figure', 'figcaption', 'img'],
  ],
  allowedAttributes: {
    '*': ['id', 'lang', 'dir', 'title', 'role', 'aria-label', 'aria-hidden'],
    a: ['href', 'rel', 'hreflang'],
    q: ['cite'],
    blockquote: ['cite'],
    time: ['datetime'],
    img: ['src', 'srcset', 'alt', 'width', 'height'],
    ol: ['start', 'reversed'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  // Dropped with everything inside them; any other element not allowed (astro-island) gives way to its content.
  nonTextTags: ['script', 'style', 'template', 'noscript', 'textarea', 'option', 'button'],
};

const absolute = (value: string, base: string): string | undefined => {
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
};

export function feedHtml(html: string, articleUrl: string): string {
  const root = parse(html, { comment: false });
  for (const el of root.querySelectorAll('[role="status"], .heading-anchor')) el.remove();
  for (const el of root.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === undefined) continue;
      const url = absolute(value, articleUrl);
      if (url === undefined) el.removeAttribute(name);
      else el.setAttribute(name, url);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== undefined) {
      el.setAttribute(
        'srcset',
        srcset
          .split(',')
          .map((candidate) => {
            const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
            return [absolute(url, articleUrl) ?? '', ...descriptor].join(' ');
          })
          .join(', '),
      );
    }
  }
  return stripForbidden(sanitizeHtml(root.toString(), ALLOWED)).trim();
}
