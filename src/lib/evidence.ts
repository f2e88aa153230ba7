/**
 * Claim-level evidence in an article's MDX. In an explainer or a factfile every paragraph and list
 * item of our own prose carries its evidence: an <Evidence> marker naming the source passages or
 * context facts it rests on. A <Cite> alone is not enough: it quotes some words and links away, but
 * the reader must be able to read, in place, the whole passage the paragraph rests on. This module reads that off the
 * MDX itself (parsed by satteri, the parser Astro's MDX uses, so what is checked is what is built)
 * and says, in plain words, what is missing or wrong.
 *
 * Pure: MDX text and what is known about sources and facts in, data or messages out.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** Formats whose prose must show its evidence. A report reproduces its source and needs none of its own. */
export const EVIDENCED_FORMATS: readonly string[] = ['explainer', 'factfile'];

/** What one <Evidence> marker points at. */
export interface EvidenceRef {
  /** The source document the passages belong to. */
  source: string;
  /** Passage ids in that source (s14, p9), in the order written. */
  passages: string[];
  /** Ids of facts in content/context/facts.json. */
  facts: string[];
}

/** An <Evidence> marker as written, with where it is and any attribute that could not be read. */
export interface EvidenceMarker extends EvidenceRef {
  line: number;
  problems: string[];
}

/** A paragraph or list item of the article's own prose. */
export interface ProseBlock {
  kind: 'paragraph' | 'list item';
  line: number;
  /** Its first words, so a message can name it. */
  opening: string;
  /** How many <Evidence> markers it holds. */
  evidence: number;
  /** The passages its <Evidence> markers name, as "source#id". */
  evidenced: string[];
  /** The passages its inline <Cite>s quote, as "source#id". */
  quoted: string[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const list = (text: string) => words(text.replace(/,/g, ' '));

/** Reads the plain-string attributes of a JSX element; anything else (an expression) is a problem. */
function attributes(node: Node): { values: Record<string, string>; problems: string[] } {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) {
      problems.push('a spread attribute ({...}) cannot be checked; write each attribute as name="value"');
      continue;
    }
    if (typeof a.value === 'string') values[a.name] = a.value;
    else if (a.value === null || a.value === undefined) values[a.name] = '';
    else
      problems.push(
        `${a.name}: written as an expression, which cannot be checked before the page is built; write it as ${a.name}="…"`,
      );
  }
  return { values, problems };
}

/** The text a reader sees in a node, JSX elements left out. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type.startsWith('mdxJsx') || node.type.startsWith('mdx')) return '';
  return (node.children ?? []).map(textOf).join('');
}

/** The elements of a component inside a node, at any depth. */
function elements(node: Node, name: string): Node[] {
  const own = node.type === 'mdxJsxTextElement' && node.name === name ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap((child) => elements(child, name))];
}

function walk(node: Node, visit: (node: Node, inListItem: boolean) => void, inListItem = false): void {
  visit(node, inListItem);
  for (const child of node.children ?? []) walk(child, visit, inListItem || node.type === 'listItem');
}

export interface ParsedBody {
  markers: EvidenceMarker[];
  prose: ProseBlock[];
}

/**
 * The <Evidence> markers and the prose blocks of an MDX body. `lineOffset` is the number of lines
 * before the body in its file (the frontmatter), so lines are the file's own.
 */
export function parseBody(body: string, defaultSource: string, lineOffset = 0): ParsedBody {
  let bySource = parsedBodies.get(body);
  if (!bySource) parsedBodies.set(body, (bySource = new Map()));
  let parsed = bySource.get(defaultSource);
  if (!parsed) bySource.set(defaultSource, (parsed = readBody(body, defaultSource)));
  if (lineOffset === 0) return parsed;
  return {
    markers: parsed.markers.map((m) => ({ ...m, line: m.line + lineOffset })),
    prose: parsed.prose.map((b) => ({ ...b, line: b.line + lineOffset })),
  };
}

// The checks, the citation lock, the article page and its structured data all read the same body: parsed
// once per build, not once for each of them on every page. Keyed by the body itself, the string the entry holds.
const parsedBodies = new Map<string, Map<string, ParsedBody>>();

function readBody(body: string, defaultSource: string): ParsedBody {
  const tree = mdxToMdast(body) as MdastNode as unknown as Node;
  const markers: EvidenceMarker[] = [];
  const prose: ProseBlock[] = [];
  const lineOf = (node: Node) => node.position?.start.line ?? 1;
  const block = (node: Node, kind: ProseBlock['kind']) => {
    const text = textOf(node).replace(/\s+/g, ' ').trim();
    // A paragraph that is only components (a <Cite block /> on its own line, say) is not our prose.
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    const opening = words(text).slice(0, 6).join(' ');
    const passages = (el: Node, attribute: string) => {
      const { values } = attributes(el);
      return list(values[attribute] ?? '').map((id) => `${values['source'] ?? defaultSource}#${id}`);
    };
    const markersHere = elements(node, 'Evidence');
    prose.push({
      kind,
      line: lineOf(node),
      opening,
      evidence: markersHere.length,
      evidenced: markersHere.flatMap((el) => passages(el, 'passage')),
      quoted: elements(node, 'Cite').flatMap((el) => passages(el, 'passage')),
    });
  };
  walk(tree, (node, inListItem) => {
    if (node.type === 'listItem') block(node, 'list item');
    else if (node.type === 'paragraph' && !inListItem) block(node, 'paragraph');
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Evidence') {
      const { values, problems } = attributes(node);
      markers.push({
        source: values['source'] ?? defaultSource,
        passages: list(values['passage'] ?? ''),
        facts: list(values['fact'] ?? ''),
        line: lineOf(node),
        problems,
      });
    }
  });
  return { markers, prose };
}

export interface EvidenceKnown {
  /** Source id → its passage ids. */
  sources: Map<string, Set<string>>;
  contextFacts: Set<string>;
}

export interface EvidenceInput {
  file: string;
  format: string;
  body: string;
  /** The article's sources; the first is the default for markers that name none. */
  sources: string[];
  lineOffset?: number;
}

/** Every reason the article's evidence cannot stand, one line each, naming the file, the line and what was expected. */
export function checkEvidence(article: EvidenceInput, known: EvidenceKnown): string[] {
  const { markers, prose } = parseBody(article.body, article.sources[0] ?? '', article.lineOffset);
  const errors: string[] = [];
  for (const m of markers) {
    const at = `${article.file}:${m.line}: <Evidence>`;
    errors.push(...m.problems.map((p) => `${at} ${p}`));
    if (m.problems.length) continue;
    if (m.passages.length === 0 && m.facts.length === 0) {
      errors.push(
        `${at}: names no evidence; expected passage="s14" (sentence or paragraph ids of the source, separated by spaces) or fact="<id from content/context/facts.json>"`,
      );
    }
    const passages = known.sources.get(m.source);
    if (m.passages.length && !passages) {
      errors.push(`${at} source: unknown source "${m.source}"; expected one of the article's sources`);
    } else if (passages) {
      for (const p of m.passages.filter((id) => !passages.has(id))) {
        errors.push(
          `${at} passage: no passage "${p}" in source "${m.source}"; expected a paragraph (p1…) or sentence (s1…) id shown on the source page`,
        );
      }
    }
    for (const f of m.facts.filter((id) => !known.contextFacts.has(id))) {
      errors.push(`${at} fact: unknown context fact "${f}"; expected an id from content/context/facts.json`);
    }
  }
  if (EVIDENCED_FORMATS.includes(article.format)) {
    // A quotation shows no link of its own in these articles: the paragraph's marker carries its passage.
    for (const b of prose.filter((b) => b.evidence > 0)) {
      for (const quoted of b.quoted.filter((q) => !b.evidenced.includes(q))) {
        const [source, id] = quoted.split('#');
        errors.push(
          `${article.file}:${b.line}: ${b.kind} "${b.opening}…": quotes ${id} of "${source}", which its <Evidence> does not name; expected the passage in a marker of the same ${b.kind} (passage="${id}")`,
        );
      }
    }
    for (const b of prose.filter((b) => b.evidence === 0)) {
      errors.push(
        `${article.file}:${b.line}: ${b.kind} "${b.opening}…": no evidence; expected an <Evidence passage="…" /> or <Evidence fact="…" /> marker after its claim, naming the passage or fact it rests on (every paragraph of an ${article.format} shows its evidence; a <Cite> alone does not)`,
      );
    }
  }
  return errors;
}

/** One piece of evidence: a passage of a source, or a context fact. Each has one popover on the page. */
export type EvidenceItem =
  | { kind: 'passage'; source: string; passage: string; id: string; label: string }
  | { kind: 'fact'; fact: string; id: string; label: 'context' };

/**
 * The pieces of evidence a marker names, in the order written, each with the id of its popover. The same
 * passage or fact gives the same id wherever it is named, so the page carries its words once.
 */
export function evidenceItems(ref: EvidenceRef, defaultSource: string): EvidenceItem[] {
  const prefix = ref.source === defaultSource ? 'ev-' : `ev-${ref.source}-`;
  return [
    ...ref.passages.map((passage) => ({
      kind: 'passage' as const,
      source: ref.source,
      passage,
      id: `${prefix}${passage}`,
      label: passage,
    })),
    ...ref.facts.map((fact) => ({ kind: 'fact' as const, fact, id: `ev-${fact}`, label: 'context' as const })),
  ];
}

/** Every distinct piece of evidence an article's markers name, in the order each first appears. */
export function articleEvidence(body: string, defaultSource: string): EvidenceItem[] {
  const seen = new Map<string, EvidenceItem>();
  for (const m of parseBody(body, defaultSource).markers) {
    for (const item of evidenceItems(m, defaultSource)) if (!seen.has(item.id)) seen.set(item.id, item);
  }
  return [...seen.values()];
}
