/**
 * Characters that cannot be seen or cannot be carried. Pure.
 *
 *  - XML 1.0 cannot carry most C0 control characters (NUL, form feed…), U+FFFE, U+FFFF or half a
 *    surrogate pair: one of them in any field breaks every feed that prints it, so content with them is
 *    refused (`forbiddenIn`), and text we may not edit (a source document, kept byte for byte) has them
 *    stripped where it goes into a feed (`stripForbidden`).
 *  - Invisible characters (bidi controls, zero-width characters, controls) make an error message lie:
 *    `visible` writes them as code points, so "title: <U+202E RIGHT-TO-LEFT OVERRIDE>…" says what is there.
 */

/**
 * XML 1.0's Char production, negated: what no XML document may contain, even escaped. Without the `u`
 * flag, so that half a surrogate pair is seen on its own.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Names of the invisible characters an editor is most likely to meet; others are shown by code point alone. */
const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x09: 'TAB',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x1f: 'UNIT SEPARATOR',
  0x7f: 'DELETE',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
  0xfffe: 'NONCHARACTER',
  0xffff: 'NONCHARACTER',
};

/** "U+202E RIGHT-TO-LEFT OVERRIDE": a character as an editor can search for it. */
export function codePoint(char: string): string {
  const cp = char.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[cp] ?? (cp >= 0xd800 && cp <= 0xdfff ? 'half of a surrogate pair' : undefined);
  return name ? `U+${hex} ${name}` : `U+${hex}`;
}

// Controls (but the line break that shapes a message), format characters (bidi, zero-width), separators,
// the no-break space and lone surrogates: what a terminal shows as nothing, or as something else.
const INVISIBLE =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00A0\u00AD\u061C\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF\uFFF9-\uFFFF]|[\uD800-\uDFFF]/g;

/**
 * Text with every invisible character written as its code point: "<U+202E RIGHT-TO-LEFT OVERRIDE>".
 * Applied to messages that quote what an editor wrote. Line breaks are kept (messages are lines);
 * a surrogate pair (an emoji, say) is visible and kept whole.
 */
export function visible(text: string): string {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[^]/g, (char) => {
    if (char.length === 2) return char;
    INVISIBLE.lastIndex = 0;
    return INVISIBLE.test(char) ? `<${codePoint(char)}>` : char;
  });
}

export interface ForbiddenCharacter {
  /** Offset in the text, in UTF-16 code units. */
  index: number;
  /** "U+000C FORM FEED". */
  name: string;
}

/** Every character in `text` that XML 1.0 cannot carry. */
export function forbiddenIn(text: string): ForbiddenCharacter[] {
  return [...text.matchAll(FORBIDDEN)].map((m) => ({ index: m.index, name: codePoint(m[0]) }));
}

/** The text without the characters XML 1.0 cannot carry: for source text we quote but may not edit. */
export const stripForbidden = (text: string) => text.replace(FORBIDDEN, '');

/** A string found somewhere in a parsed file, with the path to it ("corrections.0.note"). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Every string in `value` (an object from JSON or frontmatter) that holds a character XML cannot carry,
 * as "field: …" lines: the file's name goes in front of them.
 */
export function forbiddenInData(value: unknown, field = ''): FieldProblem[] {
  if (typeof value === 'string') {
    return forbiddenIn(value).map(({ index, name }) => ({
      field: visible(field || '(top level)'),
      message: `contains ${name} at character ${index + 1} ("${visible(value.slice(Math.max(0, index - 20), index + 20))}"), a control character that feeds cannot carry; delete it`,
    }));
  }
  if (Array.isArray(value))
    return value.flatMap((item, i) => forbiddenInData(item, field ? `${field}[${i}]` : `[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const path = field ? `${field}.${key}` : key;
      return [...forbiddenInData(key, `${path} (the name)`), ...forbiddenInData(item, path)];
    });
  }
  return [];
}
