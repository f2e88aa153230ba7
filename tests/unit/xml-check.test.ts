import { describe, expect, it } from 'vitest';
import { assertWellFormed, xmlError } from '../../src/lib/xml-check';

describe('xmlError: a strict XML 1.0 parser', () => {
  it.each([
    ['<feed><category label="a<b"/></feed>', /disallowed character|</],
    ['<rss><title>nul\u0000</title></rss>', /disallowed character/],
    ['<rss><title>form\u000Cfeed</title></rss>', /disallowed character/],
    ['<rss><title>&nbsp;</title></rss>', /undefined entity/],
    ['<rss><item></rss>', /unexpected close tag|unclosed tag/],
    ['<rss><dc:creator>x</dc:creator></rss>', /unbound namespace prefix/],
    ['<rss>a & b</rss>', /unclosed tag: rss|entity/],
  ])('finds what feed readers reject in %j', (xml, message) => {
    expect(xmlError(xml)).toMatch(message);
  });

  it('passes well-formed XML, escapes included', () => {
    expect(xmlError('<?xml version="1.0"?><feed a="&lt;&amp;&quot;"><t>&lt;p&gt; ’</t></feed>')).toBeUndefined();
  });

  it('names the feed when it throws', () => {
    expect(() => assertWellFormed('<a>', '/atom.xml')).toThrow(/^\/atom\.xml: the feed is not well-formed XML/);
  });
});
