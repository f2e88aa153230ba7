import { describe, expect, it } from 'vitest';
import { feedHtml } from '../../src/lib/feed-html';

const ARTICLE = 'https://multivector.example/articles/x/';

describe('feedHtml', () => {
  it.each([
    ['<a href="/sources/s/#s1">s1</a>', '<a href="https://multivector.example/sources/s/#s1">s1</a>'],
    ['<a href="#what-happened">up</a>', '<a href="https://multivector.example/articles/x/#what-happened">up</a>'],
    ['<a href="../y/">y</a>', '<a href="https://multivector.example/articles/y/">y</a>'],
    ['<a href="https://timesca.com/?p=37371">o</a>', '<a href="https://timesca.com/?p=37371">o</a>'],
    [
      '<img src="/og/a.png" srcset="/a.png 1x, /b.png 2x" alt="">',
      '<img src="https://multivector.example/og/a.png" srcset="https://multivector.example/a.png 1x, https://multivector.example/b.png 2x" alt="" />',
    ],
    ['<q cite="/sources/s/#s2">q</q>', '<q cite="https://multivector.example/sources/s/#s2">q</q>'],
  ])('makes every address absolute: %s', (html, expected) => {
    expect(feedHtml(html, ARTICLE)).toBe(expected);
  });

  it.each([
    [
      '<div class="heading-wrap"><h2 id="a">A</h2><a class="heading-anchor" href="#a">#</a></div>',
      '<div><h2 id="a">A</h2></div>',
    ],
    ['<p class="x" data-cite="s1" id="p1">T</p><script>1</script><style>p{}</style>', '<p id="p1">T</p>'],
  ])('drops what only works on the site: %s', (html, expected) => {
    expect(feedHtml(html, ARTICLE)).toBe(expected);
  });

  it.each([
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['<a href=" javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
    ['<img src="javascript:alert(1)" alt="a">', '<img alt="a" />'],
    ['<p onclick="alert(1)" onmouseover="alert(2)">T</p>', '<p>T</p>'],
    ['<svg onload="alert(1)"><circle /></svg>T', 'T'],
    ['<iframe src="https://evil.example/"></iframe><p>T</p>', '<p>T</p>'],
    ['<p>T<script>alert(1)</script></p><style>p{}</style>', '<p>T</p>'],
    ['<form action="https://evil.example/"><input name="q"><button>Go</button></form>', ''],
    ['<a href="mailto:editors@multivector.example">mail</a>', '<a href="mailto:editors@multivector.example">mail</a>'],
  ])('removes what could run in a feed reader, which has no CSP: %s', (html, expected) => {
    expect(feedHtml(html, ARTICLE)).toBe(expected);
  });

  it('keeps an island’s content and drops its controls', () => {
    expect(
      feedHtml(
        '<astro-island uid="1"><div role="group"><button>Ceasefire</button></div><p role="status">9 events</p><ol><li id="event-a">A</li></ol></astro-island>',
        ARTICLE,
      ),
    ).toBe('<div role="group"></div><ol><li id="event-a">A</li></ol>');
  });

  it.each([
    ['<p>form\u000Cfeed</p>', '<p>formfeed</p>'],
    ['<p>nul\u0000</p>', '<p>nul</p>'],
  ])('drops characters XML cannot carry: %j', (html, expected) => {
    expect(feedHtml(html, ARTICLE)).toBe(expected);
  });
});
