import { describe, expect, it } from 'vitest';
import { checkArticle, findComponentRefs } from '../../src/lib/content-checks';

const known = {
  topics: new Set(['gaza-ceasefire']),
  sources: new Map([['report', new Set(['p1', 's1', 's2'])]]),
  contextFacts: new Set(['ceasefire-in-effect']),
};
const article = { file: 'content/articles/a.mdx', topics: ['gaza-ceasefire'], sources: ['report'], body: 'Text.' };

describe('findComponentRefs', () => {
  it('finds tags with their attributes and lines', () => {
    const body =
      'One\n<Cite passage="s1" block />\nTwo <Cite passage={"s2"} source=\'report\' highlight="x y" /> and <ContextNote fact="f" />';
    expect(findComponentRefs(body)).toEqual([
      { component: 'Cite', attributes: { passage: 's1' }, line: 2 },
      { component: 'Cite', attributes: { passage: 's2', source: 'report', highlight: 'x y' }, line: 3 },
      { component: 'ContextNote', attributes: { fact: 'f' }, line: 3 },
    ]);
  });
});

describe('checkArticle', () => {
  it('passes an article whose references all exist', () => {
    expect(
      checkArticle(
        { ...article, body: '<Cite passage="s1" /> <ContextNote fact="ceasefire-in-effect" /> <SourceText />' },
        known,
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'an unknown topic',
      { topics: ['gaza-ceasefire', 'gaza'] },
      'content/articles/a.mdx: topics[1]: unknown topic "gaza"',
    ],
    ['an unknown source', { sources: ['other'] }, 'content/articles/a.mdx: sources[0]: unknown source "other"'],
    ['an empty body', { body: '  \n' }, 'content/articles/a.mdx: body: expected'],
    [
      'a <Cite> to a passage that does not exist',
      { body: 'x\n<Cite passage="s99" />' },
      'content/articles/a.mdx:2: <Cite> passage: no passage "s99" in source "report"',
    ],
    ['a <Cite> with no passage', { body: '<Cite />' }, '<Cite> passage: no passage ""'],
    [
      'a <Cite> to an unknown source',
      { body: '<Cite passage="s1" source="nope" />' },
      '<Cite> source: unknown source "nope"',
    ],
    [
      'an unknown context fact',
      { body: '<ContextNote fact="made-up" />' },
      '<ContextNote> fact: unknown context fact "made-up"',
    ],
  ])('reports %s with file and field', (_, change, message) => {
    const errors = checkArticle({ ...article, ...change }, known);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });
});

describe('attributes written as expressions', () => {
  it.each([['{`s2`}'], ['{"s2"}'], ["{'s2'}"], ['{ "s2" }']])('reads passage=%s as "s2"', (written) => {
    expect(findComponentRefs(`<Cite passage=${written} />`)[0]!.attributes).toEqual({ passage: 's2' });
    expect(checkArticle({ ...article, body: `Text <Cite passage=${written} />` }, known)).toEqual([]);
  });

  it('names the real value of an invalid one', () => {
    expect(checkArticle({ ...article, body: 'x <Cite passage={`s99`} />' }, known)).toEqual([
      expect.stringContaining('<Cite> passage: no passage "s99" in source "report"'),
    ]);
  });

  it.each([
    [
      'passage={id}',
      /<Cite> passage: \{id\} is an expression the check cannot read without running the article; write a plain string, such as passage="s16"/,
    ],
    ['passage={`s${n}`}', /passage: \{`s\$\{n\}`\} is an expression the check cannot read/],
    ['passage="s1" {...props}', /\{\.\.\.props\}: the check cannot read attributes spread from an expression/],
  ])('refuses %s, which it cannot read', (written, message) => {
    const errors = checkArticle({ ...article, body: `x <Cite ${written} />` }, known);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('does not take a tag in a code span for a component', () => {
    expect(findComponentRefs('Write `<Cite passage="s99" />` to quote.')).toEqual([]);
  });

  it('gives the line in the file when told where the body starts', () => {
    expect(checkArticle({ ...article, body: 'a\n\n<Cite passage="s99" />', firstLine: 12 }, known)[0]).toMatch(
      /^content\/articles\/a\.mdx:14: <Cite>/,
    );
  });
});

describe('checkArticle: values that would show nothing or the wrong thing', () => {
  it.each([
    [
      'highlight=""',
      '<Cite passage="s1" highlight="" />',
      /<Cite> highlight: expected the words of the passage to mark, found ""/,
    ],
    ['highlight=" "', '<Cite passage="s1" highlight=" " />', /highlight: expected the words/],
    [
      'a Timeline date not in the calendar',
      '<Timeline from="2025-09-31" />',
      /:1: <Timeline> from: "2025-09-31" is not a date in the calendar/,
    ],
    [
      'a Timeline date in another form',
      '<Timeline to="30 September 2025" />',
      /<Timeline> to: expected a date written YYYY, YYYY-MM or YYYY-MM-DD/,
    ],
    [
      'a Timeline range that ends before it starts',
      '<Timeline from="2025-10" to="2025-09-30" />',
      /<Timeline> to: expected a date not before from="2025-10"/,
    ],
    [
      'an invisible character in a value',
      '<Cite passage="s1\u202E" />',
      /no passage "s1<U\+202E RIGHT-TO-LEFT OVERRIDE>"/,
    ],
  ])('refuses %s', (_, body, message) => {
    const errors = checkArticle({ ...article, body }, known);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('accepts a Timeline range in the calendar', () => {
    expect(
      checkArticle({ ...article, body: '<Timeline level={4} from="2025-09-30" to="2025-10-13" />' }, known),
    ).toEqual([]);
  });
});
