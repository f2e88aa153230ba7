/**
 * The <script> or <style> elements of a built page, with their attributes and text, found with
 * indexOf: run at every page of a large build, regular expressions over whole documents cost more
 * than everything else done with them. Our pages never put ">" inside these elements' attributes.
 */
export interface InlineElement {
  /** The opening tag's attributes, as written (" type=\"module\"", or "" for none). */
  attributes: string;
  /** The text between the tags. */
  text: string;
  /** Where the element starts and ends in the page. */
  start: number;
  end: number;
}

export function* inlineElements(html: string, tag: 'script' | 'style'): Generator<InlineElement> {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  let at = html.indexOf(open);
  while (at !== -1) {
    const after = html[at + open.length];
    const tagEnd = html.indexOf('>', at);
    if (tagEnd === -1) return;
    if (after !== '>' && after !== ' ') {
      at = html.indexOf(open, at + open.length);
      continue;
    }
    const closeAt = html.indexOf(close, tagEnd);
    if (closeAt === -1) return;
    yield {
      attributes: html.slice(at + open.length, tagEnd),
      text: html.slice(tagEnd + 1, closeAt),
      start: at,
      end: closeAt + close.length,
    };
    at = html.indexOf(open, closeAt + close.length);
  }
}
