import { describe, expect, it } from 'vitest';
import { readerLinks } from '../../src/lib/feed-readers';

describe('readerLinks', () => {
  const feed = 'https://multivector.example/topics/gaza-ceasefire/rss.xml?a=1&b=2';
  const links = readerLinks(feed);

  it.each([
    ['Feedly', 'https://feedly.com/i/subscription/feed%2F'],
    ['Inoreader', 'https://www.inoreader.com/?add_feed='],
    ['NewsBlur', 'https://www.newsblur.com/?url='],
  ])('%s gets the feed address, encoded whole', (reader, prefix) => {
    const link = links.find((l) => l.reader === reader)!;
    expect(link.href).toBe(`${prefix}${encodeURIComponent(feed)}`);
    expect(link.href).not.toContain('&b=');
  });
});
