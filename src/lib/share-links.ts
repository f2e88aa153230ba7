/**
 * Share links that work without JavaScript: each service's own "share this address" URL, with the
 * article's canonical address and headline percent-encoded (encodeURIComponent, not
 * URLSearchParams, whose "+" for a space mail clients and some services show as a plus).
 */

export interface ShareLink {
  /** The service's name, shown as the link text. */
  service: string;
  href: string;
}

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const titleAndUrl = encodeURIComponent(`${title} ${url}`);
  return [
    { service: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { service: 'WhatsApp', href: `https://wa.me/?text=${titleAndUrl}` },
    { service: 'X', href: `https://x.com/intent/tweet?url=${u}&text=${t}` },
    { service: 'Bluesky', href: `https://bsky.app/intent/compose?text=${titleAndUrl}` },
    { service: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { service: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { service: 'Email', href: `mailto:?subject=${t}&body=${u}` },
  ];
}
