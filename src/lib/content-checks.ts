/**
 * Rules that span collections: every topic, source, passage and context fact an article names
 * must exist. Pure: returns messages naming the file, the field and what was expected.
 */
import * as acorn from 'acorn';
import { mdxToMdast } from 'satteri';
import { visible } from './characters.ts';
import { comparePartialDates, parsePartialDate } from './dates.ts';

export interface ComponentRef {
  component: 'Cite' | 'ContextNote' | 'SourceText' | 'Timeline' | 'TimelineDigest';
  /** The attributes written on the tag with a value, as strings (a bare flag such as `block` is not listed). */
  attributes: Record<string, string>;
  line: number;
  /** Attributes this check cannot read without running the article (an expression such as `passage={id}`). */
  problems?: string[];
}

const CHECKED = new Set<string>(['Cite', 'ContextNote', 'SourceText', 'Timeline', 'TimelineDigest']);

/**
 * The value of an attribute written as an expression, when it is a constant the check can read without
 * running the article: `{"s16"}`, `{'s16'}`, `` {`s16`} `` (no `${…}`), `{true}`, `{4}`. Undefined otherwise.
 */
export function staticValue(expression: string): string | undefined {
  let node: acorn.Expression;
  try {
    node = acorn.parseExpressionAt(expression, 0, { ecmaVersion: 'latest' });
  } catch {
    return undefined;
  }
  if (node.end < expression.trimEnd().length) return undefined;
  if (node.type === 'Literal' && ['string', 'boolean', 'number'].includes(typeof node.value)) {
    return String(node.value);
  }
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0]!.value.cooked ?? undefined;
  return undefined;
}

interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: string | null | { value: string } }[];
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/**
 * The <Cite>, <ContextNote>, <SourceText>, <Timeline> and <TimelineDigest> tags of an MDX body, with their attributes.
 * The body is parsed by the same MDX parser Astro compiles it with (Sätteri), so a tag in a code span
 * is not a tag, and `passage="s16"`, `passage={"s16"}` and `` passage={`s16`} `` all read "s16".
 * An attribute the check cannot read (`passage={id}`, `{...props}`) is left out of `attributes`
 * and named in `problems`, so that nothing reaches the page unchecked.
 */
export function findComponentRefs(body: string): ComponentRef[] {
  let cached = parsedRefs.get(body);
  if (!cached) {
    cached = readRefs(body);
    parsedRefs.set(body, cached);
  }
  return cached;
}

// Several modules ask for the same article's references (checks, sources, reading time, structured data).
const parsedRefs = new Map<string, ComponentRef[]>();

function readRefs(body: string): ComponentRef[] {
  const refs: ComponentRef[] = [];
  const visit = (node: MdastNode) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name &&
      CHECKED.has(node.name)
    ) {
      const attributes: Record<string, string> = {};
      const problems: string[] = [];
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
          const written = typeof attribute.value === 'string' ? attribute.value : '';
          problems.push(
            `{${written}}: the check cannot read attributes spread from an expression; write each attribute as a plain string, such as passage="s16"`,
          );
          continue;
        }
        const { name, value } = attribute;
        // A bare flag (`block`) has no value to check.
        if (value === null || value === undefined) continue;
        if (typeof value === 'string') attributes[name] = value;
        else {
          const read = staticValue(value.value);
          if (read === undefined) {
            problems.push(
              `${name}: {${value.value}} is an expression the check cannot read without running the article; write a plain string, such as ${name}="${name === 'passage' ? 's16' : '…'}"`,
            );
          } else attributes[name] = read;
        }
      }
      const ref: ComponentRef = {
        component: node.name as ComponentRef['component'],
        attributes,
        line: node.position?.start.line ?? 1,
      };
      if (problems.length) ref.problems = problems;
      refs.push(ref);
    }
    node.children?.forEach(visit);
  };
  visit(mdxToMdast(body) as MdastNode);
  return refs;
}

export interface KnownContent {
  topics: Set<string>;
  /** Source id → its passage ids. */
  sources: Map<string, Set<string>>;
  contextFacts: Set<string>;
}

export interface ArticleInput {
  file: string;
  topics: string[];
  sources: string[];
  body: string;
  /** The line of the file the body starts on (after the frontmatter), so messages give the file's own lines. */
  firstLine?: number;
}

const list = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ');

export function checkArticle(article: ArticleInput, known: KnownContent): string[] {
  return checkReferences(article, known).map(visible);
}

function checkReferences(article: ArticleInput, known: KnownContent): string[] {
  const errors: string[] = [];
  const { file } = article;
  article.topics.forEach((topic, i) => {
    if (!known.topics.has(topic)) {
      errors.push(
        `${file}: topics[${i}]: unknown topic "${topic}"; expected one of ${list(known.topics)} (content/topics.json)`,
      );
    }
  });
  article.sources.forEach((source, i) => {
    if (!known.sources.has(source)) {
      errors.push(
        `${file}: sources[${i}]: unknown source "${source}"; expected one of ${list(known.sources.keys())} (content/sources/)`,
      );
    }
  });
  if (article.body.trim().length === 0) {
    errors.push(`${file}: body: expected the article's text after the frontmatter, found nothing`);
  }
  let refs: ComponentRef[];
  try {
    refs = findComponentRefs(article.body);
  } catch (e) {
    return [...errors, `${file}: body: the MDX cannot be read (${(e as Error).message})`];
  }
  for (const ref of refs) {
    const where = `${file}:${ref.line + (article.firstLine ?? 1) - 1}: <${ref.component}>`;
    for (const problem of ref.problems ?? []) errors.push(`${where} ${problem}`);
    if (ref.component === 'Timeline' || ref.component === 'TimelineDigest') {
      errors.push(...checkTimelineRange(ref.attributes).map((e) => `${where} ${e}`));
      continue;
    }
    if (ref.component === 'ContextNote') {
      const fact = ref.attributes['fact'];
      if (!fact || !known.contextFacts.has(fact)) {
        errors.push(
          `${where} fact: unknown context fact "${fact ?? ''}"; expected an id from content/context/facts.json`,
        );
      }
      continue;
    }
    const source = ref.attributes['source'] ?? article.sources[0];
    const passages = source ? known.sources.get(source) : undefined;
    if (!passages) {
      errors.push(`${where} source: unknown source "${source ?? ''}"; expected one of ${list(known.sources.keys())}`);
      continue;
    }
    if (ref.component === 'Cite') {
      const passage = ref.attributes['passage'];
      if (passage === undefined && ref.problems) continue;
      if (!passage || !passages.has(passage)) {
        errors.push(
          `${where} passage: no passage "${passage ?? ''}" in source "${source}"; expected a paragraph (p1…) or sentence (s1…) id shown on /sources/${source}/`,
        );
      }
      const highlight = ref.attributes['highlight'];
      if (highlight !== undefined && highlight.trim() === '') {
        errors.push(
          `${where} highlight: expected the words of the passage to mark, found "${highlight}"; remove the attribute to mark nothing`,
        );
      }
    }
  }
  return errors;
}

/** What is wrong with a <Timeline from="…" to="…"> range: dates in the calendar, the first not after the second. */
export function checkTimelineRange(attributes: Record<string, string>): string[] {
  const errors: string[] = [];
  const dates: Partial<Record<'from' | 'to', ReturnType<typeof parsePartialDate>>> = {};
  for (const name of ['from', 'to'] as const) {
    const value = attributes[name];
    if (value === undefined) continue;
    try {
      dates[name] = parsePartialDate(value);
    } catch (e) {
      errors.push(`${name}: ${(e as Error).message}`);
    }
  }
  if (dates.from && dates.to && comparePartialDates(dates.from, dates.to) > 0) {
    errors.push(
      `to: expected a date not before from="${attributes['from']}", found "${attributes['to']}"; the range would show no event`,
    );
  }
  return errors;
}

/** Source id → passage id → the passage's text. */
export type PassageTextIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

const shortText = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The words a <Cite> quotes or marks (`words`, `highlight`) are in its passage exactly: what <Cite>
 * itself refuses while the page renders, checked here beforehand, for every citation at once.
 * Unknown sources and passages are checkArticle's to report.
 */
export function checkQuotedWords(article: ArticleInput, texts: PassageTextIndex): string[] {
  const errors: string[] = [];
  let refs: ComponentRef[];
  try {
    refs = findComponentRefs(article.body);
  } catch {
    return []; // reported by checkArticle
  }
  for (const ref of refs.filter((r) => r.component === 'Cite')) {
    const passage = ref.attributes['passage'];
    const source = ref.attributes['source'] ?? article.sources[0];
    const text = passage && source ? texts.get(source)?.get(passage) : undefined;
    if (text === undefined) continue;
    const line = ref.line + (article.firstLine ?? 1) - 1;
    const words = ref.attributes['words'];
    const quoted = words !== undefined && text.includes(words) && words.trim() !== '' ? words : text;
    for (const [attribute, value, within] of [
      ['words', words, text],
      ['highlight', ref.attributes['highlight'], quoted],
    ] as const) {
      if (value === undefined || (attribute === 'highlight' && value.trim() === '')) continue;
      const where = `${article.file}:${line}: <Cite passage="${passage}" ${attribute}="${value}">: ${attribute}`;
      if (value.trim() === '') {
        errors.push(`${where}: expected words of the passage; remove the attribute to quote the whole passage`);
      } else if (!within.includes(value)) {
        const hint = plainQuotes(within).includes(plainQuotes(value))
          ? ' They differ only in quotation marks or apostrophes: copy them from the source page.'
          : '';
        errors.push(
          `${where}: expected words that occur exactly in the ${attribute === 'highlight' && words !== undefined ? 'quoted words' : 'passage'} "${shortText(within)}", found "${value}".${hint}`,
        );
      }
    }
  }
  return errors.map(visible);
}

// Straight and curly quotation marks look alike on screen; words that differ only there get a hint.
const plainQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
