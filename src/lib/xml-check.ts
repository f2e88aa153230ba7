/**
 * Whether a feed is well-formed XML, by a strict parser (saxes, which follows the XML 1.0 and
 * Namespaces specifications to the letter). fast-xml-validator, which the tests used, passes an
 * unescaped "<" inside an attribute; feed readers' parsers (libxml2, expat) reject the whole feed.
 * Pure: text in, the first problem out.
 */
import { SaxesParser } from 'saxes';

/** The first well-formedness error in `xml` ("3:17: disallowed character."), or undefined when there is none. */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let first: string | undefined;
  parser.on('error', (e) => {
    first ??= e.message;
  });
  parser.write(xml).close();
  return first;
}

/** Throws, naming the feed, when it is not well-formed: a feed reader would show nothing of it. */
export function assertWellFormed(xml: string, feed: string): string {
  const error = xmlError(xml);
  if (error) throw new Error(`${feed}: the feed is not well-formed XML, so feed readers would reject it: ${error}`);
  return xml;
}
