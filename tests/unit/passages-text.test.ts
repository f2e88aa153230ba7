/**
 * Source files that bring their own structure: lines, blank lines, Markdown headings, CRLF.
 * (tests/unit/passages.test.ts covers the flattened document the site was built from.)
 */
import { describe, expect, it } from 'vitest';
import { indexPassages, sourceParts, splitPassages, StructureError, textParagraphs } from '../../src/lib/passages';

const paragraphsOf = (body: string, structure: { paragraphs: string[]; headings: string[] }) =>
  splitPassages(body, structure).map((b) =>
    b.kind === 'heading' ? `# ${b.text}` : b.sentences.map((s) => `${s.id}:${s.text}`).join(' | '),
  );

describe('sourceParts', () => {
  it.each([
    ['plain text, LF', 'Headline here\nBody.\n', 'Headline here', 'Body.'],
    ['plain text, CRLF', 'Headline here\r\nBody.\r\n', 'Headline here', 'Body.'],
    ['a Markdown headline', '# Headline here\n\nBody.\n', 'Headline here', '\nBody.'],
    ['a byte order mark', '\uFEFFHeadline here\nBody.', 'Headline here', 'Body.'],
    ['no body', 'Headline here', 'Headline here', ''],
  ])('%s', (_, raw, headline, body) => {
    expect(sourceParts(raw)).toEqual({ headline, body });
  });
});

describe('textParagraphs', () => {
  it.each([
    ['one line is one paragraph', 'A one. A two.', ['A one. A two.']],
    ['without blank lines, every line is a paragraph', 'One.\nTwo.\r\nThree.', ['One.', 'Two.', 'Three.']],
    [
      'blank lines separate; a single break wraps',
      'One\nwraps.\n\nTwo.\r\n\r\nThree.',
      ['One\nwraps.', 'Two.', 'Three.'],
    ],
    ['a blank line before the body is not a separator', '\nOne.\nTwo.', ['One.', 'Two.']],
    ['a Markdown heading stands alone', 'One.\n## Heading\nTwo.', ['One.', '[Heading]', 'Two.']],
  ])('%s', (_, body, expected) => {
    expect(
      textParagraphs(body).map((p) => (p.heading !== undefined ? `[${p.heading}]` : body.slice(p.start, p.end))),
    ).toEqual(expected);
  });
});

describe('splitPassages on structured text', () => {
  it.each([
    [
      'blank-line paragraphs, CRLF',
      'First one. First two.\r\n\r\nSecond one.\r\n',
      { paragraphs: ['First one.', 'Second one.'], headings: [] },
      ['s1:First one. | s2:First two.', 's3:Second one.'],
    ],
    [
      'a sentence wrapped over two lines stays one sentence',
      'It began\nhere. Then more.\n\nNext one.',
      { paragraphs: ['It began', 'Next one.'], headings: [] },
      ['s1:It began\nhere. | s2:Then more.', 's3:Next one.'],
    ],
    [
      'Markdown ## headings, listed or not',
      '\n## First Part\n\nOne here.\n\n## Second Part\n\nTwo here.\n',
      { paragraphs: ['One here.', 'Two here.'], headings: ['First Part'] },
      ['# First Part', 's1:One here.', '# Second Part', 's2:Two here.'],
    ],
    [
      'a title-case line listed as a heading',
      'One here.\nA Short Title\nTwo here.',
      { paragraphs: ['One here.', 'Two here.'], headings: ['A Short Title'] },
      ['s1:One here.', '# A Short Title', 's2:Two here.'],
    ],
    [
      'a line break opens a paragraph even when not listed',
      'One here.\nTwo here.',
      { paragraphs: ['One here.'], headings: [] },
      ['s1:One here.', 's2:Two here.'],
    ],
    [
      'a listed opening breaks a long line',
      'One here. Two here. Three here.',
      { paragraphs: ['One', 'Three'], headings: [] },
      ['s1:One here. | s2:Two here.', 's3:Three here.'],
    ],
  ])('%s', (_, body, structure, expected) => {
    expect(paragraphsOf(body, structure)).toEqual(expected);
  });

  it('keeps the sentence text verbatim, quotation marks as received', () => {
    const body = 'He called it a "new start,” they said.\n\nShe said ‘yes’.';
    const blocks = splitPassages(body, { paragraphs: ['He called', 'She said'], headings: [] });
    expect(indexPassages(blocks).get('s1')?.text).toBe('He called it a "new start,” they said.');
    expect(indexPassages(blocks).get('s2')?.text).toBe('She said ‘yes’.');
  });

  it('gives two headings with the same words distinct ids', () => {
    const blocks = splitPassages('## Background\n\nOne.\n\n## Background\n\nTwo.', {
      paragraphs: ['One.'],
      headings: [],
    });
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.id)).toEqual(['background', 'background-2']);
  });

  it('names a listed heading that is neither a line nor the start of a sentence', () => {
    expect(() => splitPassages('One here.\n\nTwo here.', { paragraphs: ['One'], headings: ['Missing'] })).toThrow(
      StructureError,
    );
  });
});
