import { describe, expect, it } from 'vitest';
import { forbiddenIn, forbiddenInData, stripForbidden, visible } from '../../src/lib/characters';

describe('visible', () => {
  it.each([
    ['Gaza\u202Eecafesaec', 'Gaza<U+202E RIGHT-TO-LEFT OVERRIDE>ecafesaec'],
    ['zero\u200Bwidth', 'zero<U+200B ZERO WIDTH SPACE>width'],
    ['nul\u0000', 'nul<U+0000 NULL>'],
    ['form\u000Cfeed', 'form<U+000C FORM FEED>feed'],
    ['\uFEFFbom', '<U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark)>bom'],
    ['half \uD83D pair', 'half <U+D83D half of a surrogate pair> pair'],
    ['\u0085', '<U+0085>'],
  ])('shows the invisible in %j as code points', (text, shown) => expect(visible(text)).toBe(shown));

  it.each([['Tokayev’s “balance” – 20 hostages 🕊️'], ['two\nlines'], ['Қазақстан']])('leaves %j as it is', (text) => {
    expect(visible(text)).toBe(text);
  });
});

describe('forbiddenIn and stripForbidden: what XML 1.0 cannot carry', () => {
  it.each([
    ['a\u0000b', ['U+0000 NULL']],
    ['a\u000Cb', ['U+000C FORM FEED']],
    ['\u001F', ['U+001F UNIT SEPARATOR']],
    ['\uFFFE', ['U+FFFE NONCHARACTER']],
    ['x\uDC00', ['U+DC00 half of a surrogate pair']],
  ])('%j', (text, names) => {
    expect(forbiddenIn(text).map((f) => f.name)).toEqual(names);
    expect(forbiddenIn(stripForbidden(text))).toEqual([]);
  });

  it.each([['tab\tnew\nline\r'], ['🕊️ and \u202E'], ['\u0085 and \u007F']])('allows %j', (text) => {
    expect(forbiddenIn(text)).toEqual([]);
    expect(stripForbidden(text)).toBe(text);
  });
});

describe('forbiddenInData', () => {
  it('names the field of every string that holds one, however deep', () => {
    const problems = forbiddenInData({
      title: 'fine',
      byline: 'Editors\u001F',
      corrections: [{ note: 'ok' }, { note: 'bad\u000C' }],
    });
    expect(problems.map((p) => p.field)).toEqual(['byline', 'corrections[1].note']);
    expect(problems[0]!.message).toMatch(/U\+001F UNIT SEPARATOR at character 8 \("Editors<U\+001F UNIT SEPARATOR>"\)/);
  });

  it('finds nothing in clean data, numbers and booleans', () => {
    expect(forbiddenInData({ a: 1, b: true, c: ['x'], d: null })).toEqual([]);
  });
});
