import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../src/lib/link-check';

// A fictional built site: two pages and a feed.
const files = new Set(['/index.html', '/stories/harbour/index.html', '/rss.xml']);
const site = (home: string) =>
  new Map([
    ['/', home],
    ['/stories/harbour/', '<h2 id="timeline">Timeline</h2>'],
  ]);

describe('brokenLinks', () => {
  it.each([
    ['a page that is built', '<a href="/stories/harbour/">', []],
    ['a page without its trailing slash', '<a href="/stories/harbour">', []],
    ['a file', '<a href="/rss.xml">', []],
    ['an id on another page', '<a href="/stories/harbour/#timeline">', []],
    ['a relative link', '<a href="stories/harbour/">', []],
    ['another site', '<a href="https://courier.example/x">', []],
    ['a mail address', '<a href="mailto:desk@example.org">', []],
    ['a page that is not built', '<a href="/stories/velna/">', ['no page or file /stories/velna/ is built']],
    ['a missing id', '<a href="/stories/harbour/#event-x">', ['/stories/harbour/ has no id "event-x"']],
    ['a missing image', '<img src="/logo.png">', ['no page or file /logo.png is built']],
  ])('%s: %s', (_, html, reasons) => {
    expect(brokenLinks(site(html), files).map((b) => b.reason)).toEqual(reasons);
  });

  it('names the page the link is on and the link as written', () => {
    expect(brokenLinks(site('<a href="/draft/">'), files)).toEqual([
      { page: '/', href: '/draft/', reason: 'no page or file /draft/ is built' },
    ]);
  });

  it('reads a link written the same way on several pages against each page', () => {
    const pages = new Map([
      ['/', '<a href="#timeline"></a><a href="stories/harbour/"></a>'],
      ['/stories/harbour/', '<h2 id="timeline">Timeline</h2><a href="#timeline"></a><a href="stories/harbour/"></a>'],
    ]);
    expect(brokenLinks(pages, files).map((b) => `${b.page} ${b.reason}`)).toEqual([
      '/ / has no id "timeline"',
      '/stories/harbour/ no page or file /stories/harbour/stories/harbour/ is built',
    ]);
  });
});
