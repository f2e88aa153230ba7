/**
 * The words each citation shows, locked. A <Cite passage="p13"> names a passage by its place in the
 * source, and places move: one more paragraph opening in a source's `structure` renumbers every later
 * pN, and the citation would quietly quote another paragraph. So the words every citation of a published
 * article shows are recorded in content/citations.lock.json (by `npm run citations`, which is run once
 * when a citation is added), and the build fails, naming the article and the passage, whenever a passage
 * no longer shows the words recorded for it, saying where those words are now.
 *
 * Why a lock rather than ids that never move: sentence ids (s1…) already never move, since they number
 * the text, which is pinned byte for byte; paragraph ids are the paragraphs' places, which an editor
 * shapes through `structure` and readers see as ¶1, ¶2 on the source page. Ids fixed forever would
 * freeze that numbering or make it arbitrary; a lock lets the structure change and catches every
 * citation the change moves. It also shows a reviewer, in the diff, the exact words an article quotes.
 *
 * Drafts are not locked: while a story is being shaped (see "Adding a story" in README.md), its
 * paragraphs move on purpose. An article's citations are recorded when it is published.
 * Pure: citations, passage texts and the lock in; messages or the new lock out.
 */
import { findComponentRefs } from './content-checks.ts';
import { parseBody } from './evidence.ts';
import { indexPassages, type Block } from './passages.ts';

export const LOCK_FILE = 'content/citations.lock.json';

/** Article id → "<source>#<passage>" → the words that passage showed when the citation was recorded. */
export type CitationLock = Record<string, Record<string, string>>;

export interface Citation {
  /** The article's id (its file name without .mdx). */
  article: string;
  /** The article's file, for messages. */
  file: string;
  line: number;
  source: string;
  passage: string;
  /** What shows the passage: a quotation, or a claim's evidence (its popover quotes the passage). */
  component: 'Cite' | 'Evidence';
}

export interface CitingArticle {
  id: string;
  file: string;
  /** The article's sources: the first is the one a <Cite> without `source` quotes. */
  sources: string[];
  body: string;
  /** The line of the file the body starts on. */
  firstLine?: number;
}

/** The line of its file an article's body starts on (Astro's body leaves out the frontmatter and blank lines). */
export function bodyStartLine(raw: string, body: string): number {
  const at = raw.indexOf(body.slice(0, 200));
  return at === -1 ? 1 : raw.slice(0, at).split('\n').length;
}

export const citationKey = (c: { source: string; passage: string }) => `${c.source}#${c.passage}`;

/**
 * Every <Cite> of an article, with the source it quotes, and every passage an <Evidence> marker names:
 * its popover shows the passage's words, which must not change unseen either.
 */
export function citationsOf(article: CitingArticle): Citation[] {
  const { id, file } = article;
  const line = (at: number) => at + (article.firstLine ?? 1) - 1;
  const cites = findComponentRefs(article.body).flatMap((ref) => {
    const passage = ref.attributes['passage'];
    const source = ref.attributes['source'] ?? article.sources[0];
    if (ref.component !== 'Cite' || !passage || !source) return [];
    return [{ article: id, file, line: line(ref.line), source, passage, component: 'Cite' as const }];
  });
  const evidence = parseBody(article.body, article.sources[0] ?? '').markers.flatMap((m) =>
    m.passages.map((passage) => ({
      article: id,
      file,
      line: line(m.line),
      source: m.source,
      passage,
      component: 'Evidence' as const,
    })),
  );
  return [...cites, ...evidence];
}

/** What the passages of the sources say: source id → passage id → its text. */
export type PassageTexts = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** PassageTexts of split sources. */
export const passageTexts = (sources: readonly { id: string; data: { blocks: Block[] } }[]): PassageTexts =>
  new Map(sources.map((s) => [s.id, new Map([...indexPassages(s.data.blocks)].map(([id, p]) => [id, p.text]))]));

const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * One message for each citation whose passage no longer shows the words recorded for it, and, when
 * `requireRecorded`, for each citation not recorded yet.
 */
export function checkCitations(
  citations: readonly Citation[],
  texts: PassageTexts,
  lock: CitationLock,
  { requireRecorded }: { requireRecorded: boolean },
): string[] {
  const errors: string[] = [];
  const reported = new Set<string>();
  for (const c of citations) {
    const key = citationKey(c);
    if (reported.has(`${c.article} ${key}`)) continue;
    reported.add(`${c.article} ${key}`);
    const where = `${c.file}:${c.line}: <${c.component} passage="${c.passage}">`;
    const now = texts.get(c.source)?.get(c.passage);
    // An unknown source or passage is reported by the reference checks (content-checks.ts).
    if (now === undefined) continue;
    const recorded = lock[c.article]?.[key];
    if (recorded === undefined) {
      if (requireRecorded) {
        errors.push(
          `${where}: the words this citation shows are not recorded in ${LOCK_FILE}; run \`npm run citations\` to record them (it lists what it records), then commit the file`,
        );
      }
      continue;
    }
    if (recorded === now) continue;
    const movedTo = [...(texts.get(c.source) ?? [])].filter(([, text]) => text === recorded).map(([id]) => id);
    const fix = movedTo.length
      ? `The recorded words are now passage ${movedTo.map((id) => `"${id}"`).join(' or ')}: write passage="${movedTo[0]}" to keep quoting them`
      : 'No passage of the source shows the recorded words any more: cite the passage that says what the article means';
    errors.push(
      `${where}: passage "${c.passage}" of "${c.source}" now shows "${short(now)}", not the words recorded when the citation was written, "${short(recorded)}" (${LOCK_FILE}). Did the source's structure change? ${fix}; or, if the article should quote the new words, run \`npm run citations -- --accept\``,
    );
  }
  return errors;
}

export interface LockUpdate {
  lock: CitationLock;
  added: string[];
  /** Citations whose words differ from the recorded ones: replaced only with `accept`. */
  changed: string[];
  removed: string[];
}

/**
 * The lock for these citations: new ones added with the words they show now, ones no longer in any
 * article dropped, and ones whose words changed kept as recorded (so the build still fails on them)
 * unless `accept`, which records the new words. Sorted, so the file changes only where citations do.
 */
export function updateLock(
  citations: readonly Citation[],
  texts: PassageTexts,
  lock: CitationLock,
  accept: boolean,
): LockUpdate {
  const next: CitationLock = {};
  const added: string[] = [];
  const changed: string[] = [];
  for (const c of citations) {
    const key = citationKey(c);
    const now = texts.get(c.source)?.get(c.passage);
    if (now === undefined || next[c.article]?.[key] !== undefined) continue;
    const recorded = lock[c.article]?.[key];
    const label = `${c.file}:${c.line}: ${key}`;
    let words = now;
    if (recorded === undefined) added.push(`${label}: "${short(now)}"`);
    else if (recorded !== now) {
      changed.push(`${label}: was "${short(recorded)}", now "${short(now)}"`);
      if (!accept) words = recorded;
    }
    (next[c.article] ??= {})[key] = words;
  }
  const removed = Object.entries(lock).flatMap(([article, entries]) =>
    Object.keys(entries)
      .filter((key) => next[article]?.[key] === undefined)
      .map((key) => `${article}: ${key}`),
  );
  const sorted: CitationLock = {};
  for (const article of Object.keys(next).sort()) {
    sorted[article] = Object.fromEntries(
      Object.entries(next[article]!).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })),
    );
  }
  return { lock: sorted, added, changed, removed };
}

/** The lock file's text: what `npm run citations` writes, and the build reads. */
export const lockText = (lock: CitationLock) => `${JSON.stringify(lock, null, 2)}\n`;

/** A lock read from its file's JSON, or a message saying what is wrong with it. */
export function parseLock(json: unknown): CitationLock {
  const ok =
    json !== null &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    Object.values(json).every(
      (entries) =>
        entries !== null &&
        typeof entries === 'object' &&
        !Array.isArray(entries) &&
        Object.values(entries).every((v) => typeof v === 'string'),
    );
  if (!ok) {
    throw new Error(
      `${LOCK_FILE}: expected { "<article>": { "<source>#<passage>": "<words>" } }, as \`npm run citations\` writes it; run it again to rewrite the file`,
    );
  }
  return json as CitationLock;
}
