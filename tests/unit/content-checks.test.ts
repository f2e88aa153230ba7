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
