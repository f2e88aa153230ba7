import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, DEFAULT_SITE_URL, serverPort, siteUrl } from '../../src/lib/environment';

describe('SITE_URL', () => {
  it.each([
    [undefined, DEFAULT_SITE_URL],
    ['', DEFAULT_SITE_URL],
    ['https://news.example.org', 'https://news.example.org'],
    ['https://news.example.org/', 'https://news.example.org'],
    [' https://News.Example.org:8443 ', 'https://news.example.org:8443'],
  ])('%j gives %s', (value, origin) => expect(siteUrl(value)).toBe(origin));

  it.each([
    ['news.example.org', /expected the site's https address/],
    ['http://news.example.org', /expected an https:\/\/ address/],
    ['https://example.org/news/', /expected the origin alone .* such as https:\/\/example\.org, found/],
    ['https://example.org/?x=1', /expected the origin alone/],
  ])('refuses %s, naming SITE_URL and what to set', (value, message) => {
    expect(() => siteUrl(value)).toThrow(/^SITE_URL: /);
    expect(() => siteUrl(value)).toThrow(message);
  });
});

describe('PORT', () => {
  it.each([
    [undefined, DEFAULT_PORT],
    ['', DEFAULT_PORT],
    ['5000', 5000],
    [' 8080 ', 8080],
  ])('%j gives %i', (value, port) => expect(serverPort(value)).toBe(port));

  it.each(['0', '65536', '80a', '-1', '4321.5', 'http'])('refuses %s', (value) => {
    expect(() => serverPort(value)).toThrow(`PORT: expected a port number from 1 to 65535, found "${value}"`);
  });
});
