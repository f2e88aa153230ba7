import { describe, expect, it } from 'vitest';
import { articleWords, countWords, mdxProse, readingMinutes } from '../../src/lib/reading-time';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['Kazakhstan maintains balance.', 3],
    ['Kassym-Jomart Tokayev backed the plan', 5],
    ['exceeded $450 million in 2023', 5],
    ['the principle of “two states for two peoples.”', 8],
    ['It didn’t grow 3.5 per cent but 450,000 — a dash is no word', 13],
    ['Казахстан сохраняет баланс: «два государства»', 5],
    ['Қазақстан Республикасы', 2],
  ])('%j has %i words', (text, words) => expect(countWords(text)).toBe(words));
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [100, 1],
    [230, 1],
    [345, 2],
    [1150, 5],
  ])('%i words → %i min', (words, minutes) => expect(readingMinutes(words)).toBe(minutes));
});

describe('mdxProse', () => {
  it.each([
    ['import X from "y";\nHello world', 'Hello world'],
    ['Text <Cite passage="s1" /> more', 'Text more'],
    ['## A heading\n\nSome **bold** [link](/a/)', 'A heading Some bold link'],
    ['<KeyTakeaways>\n\n- one\n\n</KeyTakeaways>', '- one'],
  ])('%j', (body, prose) => expect(mdxProse(body).replace(/\s+/g, ' ').trim()).toBe(prose));
});

describe('articleWords', () => {
  it('counts the quoted source text that a tag puts on the page', () => {
    const refs = [{ component: 'Cite', attributes: { passage: 's1' } }];
    expect(articleWords('Two words <Cite passage="s1" />', refs, () => 'three more words')).toBe(5);
  });

  it('counts quoted text the way it is told to: a build counts a passage quoted by many articles once', () => {
    const refs = [{ component: 'Cite', attributes: { passage: 's1' } }];
    const counted: string[] = [];
    const count = (text: string) => (counted.push(text), 3);
    expect(articleWords('Two words <Cite passage="s1" />', refs, () => 'three more words', count)).toBe(5);
    expect(counted).toEqual(['three more words']);
  });
});
