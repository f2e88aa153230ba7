/**
 * JSON.parse with a message an editor can act on: the file, the line and column, and what is wrong,
 * in place of V8's "Unexpected token…" that echoes the whole file. Pure.
 */
import { findNodeAtLocation, parse, parseTree, type ParseError } from 'jsonc-parser';
import { visible } from './characters.ts';

/** Line and column (both from 1) of an offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The parsed value, or an Error saying "<file>:<line>:<column>: expected valid JSON: …". */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(describeJsonError(text, file, (e as Error).message));
  }
}

export function describeJsonError(text: string, file: string, message: string): string {
  if (text.trim() === '') return `${file}: expected JSON, found an empty file`;
  if (/Unexpected end of JSON input/.test(message)) {
    const { line, column } = lineColumn(text, text.trimEnd().length);
    return `${file}:${line}:${column}: expected valid JSON: the file ends before the JSON does (is it cut short, or is a bracket or quotation mark missing?)`;
  }
  // V8 echoes the whole text after the token ("Unexpected token 'x', "[{…}]" is not valid JSON"): keep only the token.
  const what = message.replace(/^(Unexpected token .+?), ".*" is not valid JSON$/s, '$1');
  const at = /at position (\d+)/.exec(what);
  const reason = what
    .replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?/, '')
    .replace(/ at position \d+.*$/, '');
  // V8 gives no position for an unexpected token (a trailing comma's "]"); jsonc-parser, strict here, finds it.
  const offset = at ? Number(at[1]) : firstErrorOffset(text);
  if (offset === undefined) return `${file}: expected valid JSON: ${visible(reason)}`;
  const { line, column } = lineColumn(text, offset);
  const atEnd = offset >= text.trimEnd().length ? ', where the file ends (is it cut short?)' : '';
  return `${file}:${line}:${column}: expected valid JSON: ${visible(reason)}${atEnd}`;
}

function firstErrorOffset(text: string): number | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  return errors[0]?.offset;
}

/**
 * The line (from 1) of the value at `path` in a JSON text ([2, "provenance", "quote"]), or of the
 * nearest enclosing value the text has when that one is missing (the object a field is missing from).
 * Undefined when the text is not JSON.
 */
export function lineOfPath(text: string, path: readonly (string | number)[]): number | undefined {
  const tree = treeOf(text);
  if (!tree) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n) as (string | number)[]);
    if (node) {
      // A property's value: its line is the key's ("quote": "…"), where the editor looks.
      const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return lineColumn(text, at).line;
    }
  }
  return undefined;
}

// A file with many problems is asked for many lines: parse each text once.
const trees = new Map<string, ReturnType<typeof parseTree>>();
function treeOf(text: string) {
  if (!trees.has(text)) {
    if (trees.size > 64) trees.clear();
    trees.set(text, parseTree(text));
  }
  return trees.get(text);
}
