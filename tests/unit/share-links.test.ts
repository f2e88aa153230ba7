import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share-links';

const url = 'https://multivector.example/articles/kazakhstan-gaza-ceasefire-explained/';
const title = 'Gaza ceasefire: how Kazakhstan kept its balance & “why” #1?';
const links = shareLinks(url, title);
const hrefOf = (service: string) => links.find((l) => l.service === service)!.href;

describe('shareLinks', () => {
  it('offers the seven services, in order', () => {
    expect(links.map((l) => l.service)).toEqual([
      'Telegram',
      'WhatsApp',
      'X',
      'Bluesky',
      'Facebook',
      'LinkedIn',
      'Email',
    ]);
  });

  it.each(['Telegram', 'WhatsApp', 'X', 'Bluesky', 'Facebook', 'LinkedIn', 'Email'])(
    '%s carries the address, encoded so its own query string cannot be split',
    (service) => {
      const href = hrefOf(service);
      expect(href).toContain(encodeURIComponent(url));
      expect(href).not.toContain(url);
    },
  );

  it.each(['Telegram', 'WhatsApp', 'X', 'Bluesky', 'Email'])(
    '%s carries the headline, with &, # and spaces encoded (%%20, never +)',
    (service) => {
      const href = hrefOf(service);
      expect(href).toContain(encodeURIComponent(title));
      expect(href).not.toMatch(/[ #+]|&amp;| & /);
    },
  );

  it('round-trips: each parameter decodes back to the address or headline', () => {
    const telegram = new URL(hrefOf('Telegram'));
    expect(telegram.searchParams.get('url')).toBe(url);
    expect(telegram.searchParams.get('text')).toBe(title);
    expect(new URL(hrefOf('Bluesky')).searchParams.get('text')).toBe(`${title} ${url}`);
    expect(hrefOf('Email')).toBe(`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`);
  });
});
