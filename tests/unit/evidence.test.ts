import { describe, expect, it } from 'vitest';
import { articleEvidence, checkEvidence, evidenceItems, parseBody } from '../../src/lib/evidence';

// A fictional source: only its ids matter here.
const known = {
  sources: new Map([
    ['ferry-report', new Set(['p1', 'p2', 's1', 's2', 's3'])],
    ['harbour-notice', new Set(['p1', 's1'])],
  ]),
  contextFacts: new Set(['ferry-resumed-2031-04-02']),
};
const article = { file: 'content/articles/ferry.mdx', format: 'explainer', sources: ['ferry-report'] };
const check = (body: string, change: Partial<typeof article> = {}) =>
  checkEvidence({ ...article, ...change, body }, known);

describe('checkEvidence', () => {
  it('passes prose whose every paragraph and list item shows its evidence', () => {
    const body = [
      "import Timeline from '../../src/components/Timeline.astro';",
      '',
      '<KeyTakeaways>',
      '',
      '- The ferry stopped for a week.<Evidence passage="s1" />',
      '- It ran again in April.<Evidence fact="ferry-resumed-2031-04-02" />',
      '',
      '</KeyTakeaways>',
      '',
      '## What happened?',
      '',
      'The harbour closed, the report says, <Cite passage="s2" words="for repairs" />.<Evidence passage="s2" />',
      '',
      'The notice gave no date.<Evidence source="harbour-notice" passage="s1" /> It was short.<Evidence passage="s1, s3" />',
      '',
      '<Cite passage="p2" block />',
      '',
      '<Timeline from="2031-03" />',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it.each([
    [
      'a paragraph with no marker',
      'Intro line.<Evidence passage="s1" />\n\nThe ferry company was sold in spring, to a buyer the report names.',
      'content/articles/ferry.mdx:3: paragraph "The ferry company was sold in…": no evidence; expected an <Evidence passage="…" /> or <Evidence fact="…" /> marker after its claim',
    ],
    [
      'a paragraph that only quotes, without a marker',
      'The harbour closed <Cite passage="s2" words="for repairs" />.',
      'content/articles/ferry.mdx:1: paragraph "The harbour closed .…": no evidence; expected an <Evidence passage="…" /> or <Evidence fact="…" /> marker after its claim, naming the passage or fact it rests on',
    ],
    [
      'a quotation whose passage the marker does not name',
      'The harbour closed <Cite passage="s2" words="for repairs" />.<Evidence passage="s1" />',
      'content/articles/ferry.mdx:1: paragraph "The harbour closed .…": quotes s2 of "ferry-report", which its <Evidence> does not name; expected the passage in a marker of the same paragraph (passage="s2")',
    ],
    [
      'a list item with no marker, even inside a component',
      '<KeyTakeaways>\n\n- One point.<Evidence passage="s1" />\n- Another point with nothing behind it.\n\n</KeyTakeaways>',
      'content/articles/ferry.mdx:4: list item "Another point with nothing behind it.…": no evidence',
    ],
    [
      'a marker naming a passage the source does not have',
      'A claim.<Evidence passage="s1 s9" />',
      'content/articles/ferry.mdx:1: <Evidence> passage: no passage "s9" in source "ferry-report"',
    ],
    [
      'a marker naming an unknown fact',
      'A claim.<Evidence fact="ferry-sank" />',
      '<Evidence> fact: unknown context fact "ferry-sank"; expected an id from content/context/facts.json',
    ],
    [
      'a marker naming an unknown source',
      'A claim.<Evidence source="gazette" passage="s1" />',
      '<Evidence> source: unknown source "gazette"',
    ],
    ['a marker that names nothing', 'A claim.<Evidence />', '<Evidence>: names no evidence; expected passage="s14"'],
    [
      'an attribute written as an expression, which cannot be checked',
      'A claim.<Evidence passage={`s1`} />',
      '<Evidence> passage: written as an expression, which cannot be checked before the page is built; write it as passage="…"',
    ],
  ])('reports %s, with file, line and what was expected', (_, body, message) => {
    const errors = check(body);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('gives the line in the file when told how many lines the frontmatter takes', () => {
    const errors = checkEvidence({ ...article, body: '\nNo evidence here.', lineOffset: 10 }, known);
    expect(errors[0]).toMatch(/^content\/articles\/ferry\.mdx:12: paragraph "No evidence here\.…"/);
  });

  it.each([0, 10, 3])(
    'gives the file’s lines however often the same body is read: frontmatter of %i lines',
    (lineOffset) => {
      const body = '\nA claim.<Evidence passage="s9" />';
      expect(parseBody(body, 'ferry-report', lineOffset).markers.map((m) => m.line)).toEqual([2 + lineOffset]);
      expect(parseBody(body, 'ferry-report', lineOffset).prose.map((b) => b.line)).toEqual([2 + lineOffset]);
    },
  );

  it.each(['report', 'something-new'])('asks nothing of prose in a %s, which is not in our words', (format) => {
    expect(check('The report, as received.', { format })).toEqual([]);
  });

  it('still checks the markers a report carries', () => {
    expect(check('Text.<Evidence passage="s7" />', { format: 'report' })[0]).toContain('no passage "s7"');
  });
});

describe('the evidence an article shows, each piece in one popover', () => {
  const body =
    'One.<Evidence passage="s1" />\n\nTwo.<Evidence passage="s1 s2" />\n\nThree.<Evidence passage="s2" fact="ferry-resumed-2031-04-02" />\n\nFour.<Evidence source="harbour-notice" passage="s1" />';

  it('lists each passage and fact once, in the order it first appears', () => {
    expect(articleEvidence(body, 'ferry-report').map((i) => i.id)).toEqual([
      'ev-s1',
      'ev-s2',
      'ev-ferry-resumed-2031-04-02',
      'ev-harbour-notice-s1',
    ]);
  });

  it.each([
    [{ source: 'ferry-report', passages: ['s1'], facts: [] }, ['ev-s1'], ['s1']],
    [{ source: 'ferry-report', passages: ['s1', 's3'], facts: [] }, ['ev-s1', 'ev-s3'], ['s1', 's3']],
    [
      { source: 'ferry-report', passages: [], facts: ['ferry-resumed-2031-04-02'] },
      ['ev-ferry-resumed-2031-04-02'],
      ['context'],
    ],
    [{ source: 'harbour-notice', passages: ['p1'], facts: ['x'] }, ['ev-harbour-notice-p1', 'ev-x'], ['p1', 'context']],
  ])('gives a marker naming %o the popovers %o, labelled %o', (ref, ids, labels) => {
    const items = evidenceItems(ref, 'ferry-report');
    expect(items.map((i) => i.id)).toEqual(ids);
    expect(items.map((i) => i.label)).toEqual(labels);
  });

  it('reads the opening words of each prose block and how much evidence it holds', () => {
    expect(
      parseBody('First **bold** words here and more words.<Evidence passage="s1" />', 'ferry-report').prose,
    ).toEqual([
      {
        kind: 'paragraph',
        line: 1,
        opening: 'First bold words here and more',
        evidence: 1,
        evidenced: ['ferry-report#s1'],
        quoted: [],
      },
    ]);
  });
});
