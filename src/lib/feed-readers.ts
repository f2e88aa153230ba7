/**
 * One-click subscribe links for common feed readers: each reader's own "add this feed" address, with the
 * feed's address percent-encoded. Plain links: nothing is loaded from the readers until someone follows one.
 * Pure: the feed's absolute address in, the links out.
 */

export interface ReaderLink {
  /** The reader's name, shown as the link text. */
  reader: string;
  href: string;
}

export function readerLinks(feedUrl: string): ReaderLink[] {
  const u = encodeURIComponent(feedUrl);
  return [
    { reader: 'Feedly', href: `https://feedly.com/i/subscription/feed%2F${u}` },
    { reader: 'Inoreader', href: `https://www.inoreader.com/?add_feed=${u}` },
    { reader: 'NewsBlur', href: `https://www.newsblur.com/?url=${u}` },
  ];
}
