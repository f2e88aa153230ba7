/**
 * Zod's issues in words an editor can act on: the field, what was expected and what was found
 * ("title: expected a headline of at least 10 characters, found "Draft" (5 characters)"), in place of
 * Zod's own "Too small: expected string to have >=10 characters", which names neither the field's
 * meaning nor the value. Our schemas give most fields a message of their own; this adds what was
 * found, and words for the fields that have none. Pure.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

export interface PlainIssue {
  /** Where in the value: ["citations", 0, "url"]. */
  path: Key[];
  /** The path as written in messages: "citations[0].url", or "(top level)". */
  field: string;
  message: string;
}

/** "citations[0].url": how messages everywhere name a field. */
export function fieldName(path: readonly Key[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** The value at `path` of `input`, or undefined where there is none. */
function valueAt(input: unknown, path: readonly Key[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
}

/** What a field is called in a sentence: "dateNote" → "a date note", "actors[0]" → "an actor". */
const NOUNS: Record<string, string> = {
  actors: 'actor',
  citations: 'citation',
  paragraphs: 'paragraph opening',
  headings: 'sub-heading',
  fact: 'fact in our words',
  url: 'address',
  sha256: 'SHA-256',
};

function noun(path: readonly Key[]): string {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string') ?? 'value';
  const words =
    NOUNS[key] ??
    key
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .replace(/s$/, path.at(-1) === key ? 's' : '');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "found …": what the field holds, as an editor would describe it. */
export function found(value: unknown, lengths = false): string {
  if (value === undefined) return 'found nothing: the field is missing';
  if (value === null) return 'found null';
  if (typeof value === 'string') {
    if (value === '') return 'found an empty string';
    if (value.trim() === '') return 'found only spaces';
    return `found "${short(value)}"${lengths ? ` (${plural(value.trim().length, 'character')})` : ''}`;
  }
  if (Array.isArray(value))
    return value.length === 0 ? 'found an empty list' : `found a list of ${plural(value.length, 'item')}`;
  if (typeof value === 'object') return 'found an object { … }';
  return `found ${String(value)}`;
}

const KIND_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  date: 'a date',
};

/** Zod's own messages (its English locale) start so; ours start with "expected" or a quoted value. */
const ZOD_DEFAULT = /^(?:Invalid|Too (?:small|big)|Unrecognized)/;

function defaultMessage(issue: Issue, value: unknown, path: readonly Key[]): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `expected ${noun(path)} (${KIND_WORDS[issue.expected] ?? issue.expected}), found nothing: the field is missing`
        : `expected ${KIND_WORDS[issue.expected] ?? issue.expected}, ${found(value)}`;
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const most = issue.code === 'too_small' ? 'at least' : 'at most';
      if (issue.origin === 'string')
        return `expected ${noun(path)} of ${most} ${plural(bound, 'character')}, ${found(value, true)}`;
      if (issue.origin === 'array') {
        const item = noun(path).replace(/^an? /, '');
        return `expected ${most} ${plural(bound, item)}, ${found(value)}`;
      }
      return `expected ${most} ${bound}, ${found(value)}`;
    }
    case 'invalid_format':
      return issue.format === 'regex'
        ? `expected text of the form ${issue.pattern ?? 'the schema gives'}, ${found(value)}`
        : `expected ${issue.format === 'url' ? 'an address' : `a ${issue.format}`}, ${found(value)}`;
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}, ${found(value)}`;
    default:
      return `expected something else here, ${found(value)}`;
  }
}

/** One issue in plain words. An issue about unknown fields names each field. */
export function plainIssue(issue: Issue, input: unknown): PlainIssue[] {
  const path = issue.path as Key[];
  const value = valueAt(input, path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      field: fieldName([...path, key]),
      message: `"${key}" is not a field of this entry; expected only the fields documented in src/lib/schemas.ts (is it misspelt, or in the wrong place?)`,
    }));
  }
  let message: string;
  if (ZOD_DEFAULT.test(issue.message)) message = defaultMessage(issue, value, path);
  else {
    message = issue.message;
    // Our own message says what was expected; add what was found, unless it says so already, or the
    // value is a list or an object that a rule about the whole of it was checked against (its length aside).
    const scalar = value === undefined || value === null || typeof value !== 'object';
    const lengths = issue.code === 'too_small' || issue.code === 'too_big';
    const about = scalar ? !(issue.code === 'custom' && typeof value !== 'string') : lengths && Array.isArray(value);
    if (!/\bfound\b/.test(message) && about) {
      message = `${message}, ${found(value, lengths)}`;
    }
  }
  return [{ path, field: fieldName(path), message }];
}

/** Every issue of a failed parse in plain words, in Zod's order. */
export function plainIssues(error: z.ZodError, input: unknown): PlainIssue[] {
  return error.issues.flatMap((issue) => plainIssue(issue, input));
}
