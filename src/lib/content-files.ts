/**
 * Each kind of file in content/, from its text to checked data and every problem found in it, all at
 * once. Pure (text in, data and messages out): the build's loaders and `npm run check:content` read
 * content through these same functions, so both say the same thing about the same mistake.
 *
 * Messages are lines "<file>[:<line>]: <where> <field>: <what was expected, what was found>".
 */
import { createHash } from 'node:crypto';
import { parseFrontmatter } from 'astro/markdown';
import { parseDocument } from 'yaml';
import { bodyStartLine } from './citation-lock.ts';
import type { z } from 'astro/zod';
import { forbiddenIn, forbiddenInData, visible } from './characters.ts';
import { repeatedIds } from './content-ids.ts';
import { lineColumn, lineOfPath, parseJsonText } from './json-text.ts';
import { sourceParts, splitPassages, StructureError, type Block } from './passages.ts';
import { plainIssues } from './schema-messages.ts';
import {
  articleSchema,
  sourceMetaSchema,
  storySchema,
  timelineEventSchema,
  type ArticleData,
  type SourceMeta,
  type StoryData,
  type TimelineEvent,
} from './schemas.ts';

type Key = string | number;

/** "file:12" when the line is known, else "file". */
export const at = (file: string, line?: number) => (line === undefined ? file : `${file}:${line}`);

/** The text of a JSON file, or the message saying where it stops being JSON. */
function json(file: string, text: string): { value?: unknown; problems: string[] } {
  try {
    return { value: parseJsonText(text, file), problems: [] };
  } catch (e) {
    return { problems: [(e as Error).message] };
  }
}

/** Schema issues of a value read from JSON at `base` in `text`, each with its line. */
function jsonIssues(file: string, text: string, base: Key[], where: string, error: z.ZodError, input: unknown) {
  return plainIssues(error, input).map(
    (issue) =>
      `${at(file, lineOfPath(text, [...base, ...(issue.path as Key[])]))}: ${where}${issue.field}: ${issue.message}`,
  );
}

const forbidden = (file: string, value: unknown) =>
  forbiddenInData(value).map((p) => `${file}: ${p.field}: ${p.message}`);

// ——— topics.json, context/facts.json: arrays of entries with ids ———

export interface Entries<T> {
  entries: { id: string; index: number; data: T }[];
  /** Ids of entries that did not pass the schema: they exist, so other files naming them are not wrong. */
  unloaded: string[];
  problems: string[];
}

/** Every entry of an array file ("topic", "context fact"), validated, and its repeated ids. */
export function readJsonEntries<T extends { id: string }>(
  file: string,
  text: string,
  what: string,
  schema: z.ZodType<T>,
): Entries<T> {
  const { value, problems } = json(file, text);
  if (problems.length) return { entries: [], unloaded: [], problems };
  if (!Array.isArray(value))
    return {
      entries: [],
      unloaded: [],
      problems: [`${file}: (top level): expected an array of ${what} entries, [ … ]`],
    };
  const out: Entries<T> = { entries: [], unloaded: [], problems: forbidden(file, value) };
  value.forEach((raw: unknown, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const parsed = schema.safeParse(raw);
    if (parsed.success) out.entries.push({ id: parsed.data.id, index: i, data: parsed.data });
    else if (typeof id === 'string') out.unloaded.push(id);
    if (!parsed.success)
      out.problems.push(
        ...jsonIssues(file, text, [i], `[${i}]${typeof id === 'string' ? ` "${id}"` : ''}: `, parsed.error, raw),
      );
  });
  // "<file> [2]: id: … already the id of the topic in <file> [0]", with the line of the repeat in front.
  const lines = new Map(out.entries.map((e) => [`${file} [${e.index}]`, lineOfPath(text, [e.index, 'id'])]));
  out.problems.push(
    ...repeatedIds(
      out.entries.map((e) => ({ id: e.id, at: `${file} [${e.index}]` })),
      what,
    ).map((message) => {
      const where = message.slice(0, message.indexOf(':'));
      return `${at(file, lines.get(where))}:${where.slice(file.length)}${message.slice(where.length)}`;
    }),
  );
  return { ...out, problems: out.problems.map(visible) };
}

// ——— timeline/*.json: arrays of events ———

export interface LocatedTimelineEvent {
  file: string;
  event: TimelineEvent;
}

export interface TimelineFile {
  events: LocatedTimelineEvent[];
  /** Events that did not pass the schema: their ids and the context facts they name, as written. */
  unloaded: { id?: string; facts: string[] }[];
  problems: string[];
}

/** What an event that failed its schema names, read leniently, so nothing else is reported wrong for its sake. */
function namedBy(raw: unknown): { id?: string; facts: string[] } {
  const e = (raw ?? {}) as { id?: unknown; provenance?: { fact?: unknown }; alsoReported?: unknown };
  const strings = (v: unknown) => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
  return {
    ...(typeof e.id === 'string' ? { id: e.id } : {}),
    facts: [...strings(e.provenance?.fact), ...strings(e.alsoReported)],
  };
}

/** The events of one timeline file, validated. Checks across files and collections are checkTimeline's. */
export function readTimelineFile(file: string, text: string): TimelineFile {
  const { value, problems } = json(file, text);
  if (problems.length) return { events: [], unloaded: [], problems };
  if (!Array.isArray(value))
    return { events: [], unloaded: [], problems: [`${file}: (top level): expected an array of timeline events`] };
  const errors = forbidden(file, value);
  const unloaded: TimelineFile['unloaded'] = [];
  const events = value.flatMap((raw: unknown, i) => {
    const parsed = timelineEventSchema.safeParse(raw);
    if (parsed.success) return [{ file, event: parsed.data }];
    unloaded.push(namedBy(raw));
    const id = (raw as { id?: unknown } | null)?.id;
    errors.push(
      ...jsonIssues(file, text, [i], `event ${typeof id === 'string' ? `"${id}"` : `[${i}]`}: `, parsed.error, raw),
    );
    return [];
  });
  return { events, unloaded, problems: errors.map(visible) };
}

// ——— sources/<id>.json and <id>.txt ———

export interface SourceDocument {
  id: string;
  meta: SourceMeta;
  /** The file exactly as received. */
  raw: string;
  /** Everything after the headline line. */
  body: string;
  blocks: Block[];
}

export interface SourceFiles {
  /** content/sources/<id>.json, for messages. */
  metaFile: string;
  metaText: string;
  /** The bytes of the text file the metadata names, or undefined when there is none. */
  textBytes: (name: string) => Uint8Array | undefined;
}

/**
 * A source document from its metadata and its text: the metadata valid, the text the one received
 * (its SHA-256), its first line the headline, and the structure fitting the text.
 */
export function readSource({ metaFile, metaText, textBytes }: SourceFiles): {
  source?: SourceDocument;
  problems: string[];
} {
  const id = metaFile.replace(/^.*\//, '').replace(/\.json$/, '');
  const { value, problems } = json(metaFile, metaText);
  if (problems.length) return { problems };
  const bad = forbidden(metaFile, value);
  if (bad.length) return { problems: bad.map(visible) };
  const parsed = sourceMetaSchema.safeParse(value);
  if (!parsed.success) return { problems: jsonIssues(metaFile, metaText, [], '', parsed.error, value).map(visible) };
  const meta = parsed.data;
  const line = (...path: Key[]) => at(metaFile, lineOfPath(metaText, path));
  if (meta.file !== `${id}.txt`) {
    return {
      problems: [
        `${line('file')}: file: expected "${id}.txt" (the text file shares the metadata file's name), found "${meta.file}"`,
      ],
    };
  }
  const bytes = textBytes(meta.file);
  if (!bytes) return { problems: [`${line('file')}: file: "${meta.file}" does not exist beside the metadata`] };
  const errors: string[] = [];
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== meta.sha256) {
    errors.push(
      `${line('sha256')}: sha256: ${meta.file} is not the document as received (expected SHA-256 ${meta.sha256}, found ${sha256}); restore the original text`,
    );
  }
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [...errors, `${metaFile.replace(/\.json$/, '.txt')}: expected UTF-8 text`] };
  }
  const { headline, body } = sourceParts(raw);
  if (headline !== meta.headline) {
    errors.push(
      `${line('headline')}: headline: expected the first line of ${meta.file} ("${headline}"), found "${meta.headline}"`,
    );
  }
  let blocks: Block[] = [];
  try {
    blocks = splitPassages(body, meta.structure, meta.language);
  } catch (e) {
    if (!(e instanceof StructureError)) throw e;
    const path = e.field
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    errors.push(`${line('structure', ...path)}: structure.${e.field}: ${e.message}`);
  }
  if (errors.length) return { problems: errors.map(visible) };
  return { source: { id, meta, raw, body, blocks }, problems: [] };
}

// ——— articles/<id>.mdx ———

/** Astro's own test for a frontmatter block (@astrojs/internal-helpers), so the same text is read as one. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** What the checks of references need of a frontmatter, read leniently when the whole does not pass. */
export interface ArticleFields {
  topics: string[];
  sources: string[];
  format: string;
  /** Counted as published unless it says `draft: true`, so that nothing is left unchecked. */
  draft: boolean;
}

export interface ArticleFile {
  id: string;
  file: string;
  /** The frontmatter, checked; undefined when it has problems. */
  data?: ArticleData;
  /** The fields other checks need: from `data`, or read from a frontmatter with problems elsewhere. */
  fields?: ArticleFields;
  /** The body as Astro gives it (after the frontmatter, trimmed). */
  body: string;
  /** The line of the file the body starts on. */
  firstLine: number;
  problems: string[];
}

/** The line of the file a frontmatter field's value sits on (the frontmatter starts on line 2). */
const documents = new Map<string, ReturnType<typeof parseDocument>>();

function frontmatterLine(frontmatter: string, path: readonly PropertyKey[], offset: number): number | undefined {
  // An article with several problems is asked for several lines: parse its frontmatter once.
  let doc = documents.get(frontmatter);
  if (!doc) {
    if (documents.size > 64) documents.clear();
    documents.set(frontmatter, (doc = parseDocument(frontmatter)));
  }
  for (let n = path.length; n >= 1; n--) {
    const node = doc.getIn(path.slice(0, n) as Key[], true) as { range?: [number, number] } | undefined;
    if (node?.range) return lineColumn(frontmatter, node.range[0]).line + offset;
  }
  return undefined;
}

/** The line of a frontmatter field in an article's text ("topics[1]"), or undefined when it has none. */
export function frontmatterFieldLine(text: string, path: readonly PropertyKey[]): number | undefined {
  const frontmatter = FRONTMATTER.exec(text)?.[1];
  if (frontmatter === undefined) return undefined;
  const offset = text.slice(0, text.indexOf(frontmatter)).split('\n').length - 1;
  return frontmatterLine(frontmatter, path, offset);
}

/**
 * The problems of an article's frontmatter as parsed (by Astro in the build, by readArticle here):
 * characters feeds cannot carry, then the schema, each with the line of the field.
 */
export function frontmatterProblems(file: string, text: string, data: unknown, { characters = true } = {}): string[] {
  const lineOf = (path: readonly PropertyKey[]) => frontmatterFieldLine(text, path);
  const chars = characters ? forbiddenInData(data) : [];
  if (chars.length) return chars.map((p) => `${file}: ${p.field}: ${p.message}`);
  const parsed = articleSchema.safeParse(data);
  if (parsed.success) return [];
  return plainIssues(parsed.error, data).map((i) => `${at(file, lineOf(i.path))}: ${i.field}: ${i.message}`);
}

/** An article file: its name, its characters, its frontmatter (YAML as Astro reads it) and its body. */
export function readArticle(file: string, text: string): ArticleFile {
  const name = file.replace(/^.*\//, '');
  const id = name.replace(/\.mdx$/, '');
  const problems: string[] = [];
  for (const { index, name: char } of forbiddenIn(text)) {
    const { line, column } = lineColumn(text, index);
    problems.push(
      `${file}:${line}:${column}: contains ${char}, a control character that feeds cannot carry; delete it`,
    );
  }
  let parsed: { frontmatter: Record<string, unknown>; rawFrontmatter: string; content: string };
  try {
    // Astro's own reading of a frontmatter (js-yaml: an unquoted date-time is a Date), so the data is the build's.
    parsed = parseFrontmatter(text);
  } catch (e) {
    const { mark, reason } = e as { mark?: { line: number }; reason?: string };
    // The frontmatter's text starts on line 1, after the opening "---".
    const line = mark ? mark.line + 1 : 1;
    problems.push(`${file}:${line}: frontmatter: expected YAML: ${reason ?? (e as Error).message.split('\n')[0]}`);
    return { id, file, body: '', firstLine: 1, problems };
  }
  const body = parsed.content.trim();
  const firstLine = body ? bodyStartLine(text, body) : 1;
  if (!FRONTMATTER.test(text)) {
    problems.push(`${file}:1: frontmatter: expected the article's fields between two --- lines at the top of the file`);
    return { id, file, body, firstLine, problems };
  }
  const frontmatter: unknown = parsed.frontmatter;
  // Characters written as themselves were reported above; escapes ("\f" in a quoted value) are found in the data.
  const fieldProblems = frontmatterProblems(file, text, frontmatter, { characters: problems.length === 0 });
  problems.push(...fieldProblems);
  if (fieldProblems.length === 0) {
    const data = articleSchema.parse(frontmatter);
    return { id, file, data, fields: data, body, firstLine, problems };
  }
  const fields = leniently(frontmatter);
  return { id, file, ...(fields ? { fields } : {}), body, firstLine, problems };
}

/** The fields the other checks need from a frontmatter the schema refused, when they are readable. */
function leniently(frontmatter: unknown): ArticleFields | undefined {
  const f = (frontmatter ?? {}) as Record<string, unknown>;
  const ids = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);
  const topics = ids(f['topics']);
  const sources = ids(f['sources']);
  if (!topics || !sources || sources.length === 0 || typeof f['format'] !== 'string') return undefined;
  return { topics, sources, format: f['format'], draft: f['draft'] === true };
}

// ——— stories/<id>.json ———

export function readStoryFile(file: string, text: string): { data?: StoryData; problems: string[] } {
  const { value, problems } = json(file, text);
  if (problems.length) return { problems };
  const parsed = storySchema.safeParse(value);
  if (!parsed.success) return { problems: jsonIssues(file, text, [], '', parsed.error, value).map(visible) };
  return { data: parsed.data, problems: forbidden(file, value).map(visible) };
}
