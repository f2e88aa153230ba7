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
      // An empty attribute is written bare (alt), which HTML reads as alt="".
      '<img src="https://multivector.example/og/a.png" srcset="https://multivector.example/a.png 1x, https://multivector.example/b.png 2x" alt>',
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
});
