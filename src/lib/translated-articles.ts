/**
 * A translated article against its original: it must carry exactly the same evidence. A translation that
 * cites a passage or a fact its original does not, or drops one, says something the original does not
 * (or leaves a claim without its ground), so the build fails, naming the file and each id. Its markers
 * also stand where the original's stand, one for one and in order, so each paragraph rests on what its
 * original paragraph rests on; and it is filed like its original (format, sources, topics) at the same
 * address in its own edition.
 *
 * Pure: the two articles' frontmatter and MDX bodies in, messages out (read with src/lib/evidence.ts and
 * src/lib/content-checks.ts, the parsers the build itself uses).
 */
import { findComponentRefs } from './content-checks.ts';
import { articleEvidence, parseBody } from './evidence.ts';
import { mdxProse } from './reading-time.ts';
import { numbersOf } from './translations.ts';

export interface ArticleForParity {
  /** The file, as messages name it. */
  file: string;
  /** The article's id: its file name, without the edition's folder. */
  id: string;
  body: string;
  format: string;
  sources: readonly string[];
  topics: readonly string[];
  /** Set on a translation: the id of the article it translates. */
  translationOf?: string | undefined;
  /** The line of its file the body starts on, so messages give the file's own lines. */
  firstLine?: number | undefined;
  /** The frontmatter's prose (title, dek, description), whose numbers a translation keeps. */
  prose?: Readonly<Record<string, string>> | undefined;
}

/** What an article rests on and quotes, as "source#passage" and "fact:<id>" keys. */
export interface ArticleGrounds {
  evidence: Set<string>;
  quoted: Set<string>;
  notes: Set<string>;
  sourceTexts: Set<string>;
}

const passageKey = (source: string, passage: string) => `${source}#${passage}`;

/** The passages and facts an article's markers name, the passages its <Cite>s quote, its notes and whole texts. */
export function articleGrounds(article: Pick<ArticleForParity, 'body' | 'sources'>): ArticleGrounds {
  const defaultSource = article.sources[0] ?? '';
  const refs = findComponentRefs(article.body);
  return {
    evidence: new Set(
      articleEvidence(article.body, defaultSource).map((item) =>
        item.kind === 'passage' ? passageKey(item.source, item.passage) : `fact:${item.fact}`,
      ),
    ),
    quoted: new Set(
      refs
        .filter((r) => r.component === 'Cite' && r.attributes['passage'])
        .map((r) => passageKey(r.attributes['source'] ?? defaultSource, r.attributes['passage']!)),
    ),
    notes: new Set(
      refs
        .filter((r) => r.component === 'ContextNote' && r.attributes['fact'])
        .map((r) => `fact:${r.attributes['fact']}`),
    ),
    sourceTexts: new Set(
      refs.filter((r) => r.component === 'SourceText').map((r) => r.attributes['source'] ?? defaultSource),
    ),
  };
}

/** A key as a reader of the message knows it: "s14" for the article's own source, else "other-source#s14"; facts by id. */
function shown(key: string, defaultSource: string): string {
  if (key.startsWith('fact:')) return `fact "${key.slice(5)}"`;
  return key.startsWith(`${defaultSource}#`) ? key.slice(defaultSource.length + 1) : key;
}

function difference(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((k) => !b.has(k));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Every way a translated article departs from its original's evidence or filing, one line each, naming the
 * translated file and the ids. `original` is undefined when `translationOf` names no article.
 */
export function checkTranslatedArticle(translated: ArticleForParity, original: ArticleForParity | undefined): string[] {
  const file = translated.file;
  if (!translated.translationOf) {
    return [
      `${file}: translationOf: expected the id of the article this translates (its file name in content/articles/)`,
    ];
  }
  if (!original) {
    return [
      `${file}: translationOf: no article "${translated.translationOf}"; expected the id of the article this translates (its file name in content/articles/)`,
    ];
  }
  const errors: string[] = [];
  if (original.translationOf) {
    errors.push(
      `${file}: translationOf: "${original.id}" is itself a translation (of "${original.translationOf}"); expected the original article`,
    );
  }
  if (translated.translationOf !== translated.id) {
    errors.push(
      `${file}: translationOf: "${translated.translationOf}" is not this file's own name ("${translated.id}"); expected the same name, so that both editions share the address /articles/${translated.translationOf}/ and each links to the other`,
    );
  }
  if (translated.format !== original.format) {
    errors.push(
      `${file}: format: expected "${original.format}", as its original ${original.file}, found "${translated.format}"`,
    );
  }
  for (const field of ['sources', 'topics'] as const) {
    if (!sameList(translated[field], original[field])) {
      errors.push(
        `${file}: ${field}: expected [${original[field].join(', ')}], as its original ${original.file}, in the same order, found [${translated[field].join(', ')}]`,
      );
    }
  }

  const defaultSource = original.sources[0] ?? '';
  const mine = articleGrounds(translated);
  const theirs = articleGrounds(original);
  const compare = (what: string, a: Set<string>, b: Set<string>, expected: string) => {
    const extra = difference(a, b).map((k) => shown(k, defaultSource));
    const missing = difference(b, a).map((k) => shown(k, defaultSource));
    if (extra.length) {
      errors.push(
        `${file}: ${what}: names ${extra.join(', ')}, which its original ${original.file} does not; expected ${expected}`,
      );
    }
    if (missing.length) {
      errors.push(
        `${file}: ${what}: drops ${missing.join(', ')}, which its original ${original.file} names; expected ${expected}`,
      );
    }
  };
  compare('<Evidence>', mine.evidence, theirs.evidence, 'exactly the passages and facts its original rests on');
  compare('<Cite>', mine.quoted, theirs.quoted, 'exactly the passages its original quotes');
  compare('<ContextNote>', mine.notes, theirs.notes, 'exactly the context notes of its original');
  compare('<SourceText>', mine.sourceTexts, theirs.sourceTexts, 'the source texts its original shows');

  // The same numbers, no more and no fewer: a translation never adds a year or drops a figure.
  const numbers = (text: string) => numbersOf(text).sort();
  const places: [string, string, string][] = [
    ['body', mdxProse(translated.body), mdxProse(original.body)],
    ...Object.entries(original.prose ?? {}).map(([field, english]): [string, string, string] => [
      field,
      translated.prose?.[field] ?? '',
      english,
    ]),
  ];
  for (const [field, ours, english] of places) {
    const [a, b] = [numbers(ours), numbers(english)];
    const extra = a.filter(
      (n, i) => a.indexOf(n) === i && a.filter((m) => m === n).length > b.filter((m) => m === n).length,
    );
    const missing = b.filter(
      (n, i) => b.indexOf(n) === i && b.filter((m) => m === n).length > a.filter((m) => m === n).length,
    );
    if (extra.length || missing.length) {
      errors.push(
        `${file}: ${field}: ${[
          extra.length && `gives ${extra.join(', ')}, which its original ${original.file} does not`,
          missing.length && `lacks ${missing.join(', ')}, which its original ${original.file} gives`,
        ]
          .filter(Boolean)
          .join(
            '; ',
          )}; expected the same numbers, no more and no fewer (a translation never adds a year or a figure, or drops one)`,
      );
    }
  }

  // Marker for marker, in order: each paragraph rests on what its original paragraph rests on.
  const markers = (a: ArticleForParity) =>
    parseBody(a.body, a.sources[0] ?? '', (a.firstLine ?? 1) - 1).markers.map((m) => ({
      line: m.line,
      names: [...m.passages.map((p) => passageKey(m.source, p)), ...m.facts.map((f) => `fact:${f}`)],
    }));
  const [ours, originals] = [markers(translated), markers(original)];
  const describe = (names: string[]) => names.map((k) => shown(k, defaultSource)).join(' ');
  for (let i = 0; i < Math.max(ours.length, originals.length); i++) {
    const [a, b] = [ours[i], originals[i]];
    if (a && b && sameList(a.names, b.names)) continue;
    errors.push(
      !b
        ? `${file}: body: marker ${i + 1} (${describe(a!.names)}) has no counterpart: its original ${original.file} has ${originals.length} <Evidence> markers; expected the same markers, one for one and in order`
        : !a
          ? `${file}: body: has ${ours.length} <Evidence> markers, its original ${original.file} ${originals.length}; expected marker ${i + 1} (${describe(b.names)}, line ${b.line} there)`
          : `${file}: body: marker ${i + 1} (line ${a.line}) names ${describe(a.names)}, where its original's (${original.file}, line ${b.line}) names ${describe(b.names)}; expected the same markers, one for one and in order`,
    );
    break; // after the first departure every later marker would be reported again
  }
  return errors;
}
