/**
 * What `npm run ingest` may replace when its slug is taken. Each ingest records the SHA-256 of every
 * file it writes (content/ingested/<slug>.json). A file that still has its recorded hash is ingest's
 * own work, untouched since, and `--force` may replace it. Anything else is the editors': a file
 * changed since, one ingest never wrote (the hand-made content/timeline/events.json), or a source or
 * article that is published. Those are never replaced; the command refuses and shows the difference.
 */
import { createTwoFilesPatch } from 'diff';

/** What content/ingested/<slug>.json holds. */
export interface IngestRecord {
  /** Path from the project root → SHA-256 of the bytes ingest wrote there. */
  files: Record<string, string>;
}

export type FileState =
  { kind: 'unedited' } | { kind: 'edited' } | { kind: 'not-ingested' } | { kind: 'published'; by: string };

export interface TakenFile {
  path: string;
  state: FileState;
  /** Ingest wrote it and it has been changed since: the editor's edits, worth showing. */
  edited: boolean;
}

export interface ExistingFiles {
  /** Path → SHA-256 of each file of this ingest that is already there. */
  current: Map<string, string>;
  /** The record of the last ingest of this slug, if any. */
  record: IngestRecord | null;
  /** Path → why it is published ("content/articles/x.mdx is published and cites it"). */
  published: Map<string, string>;
}

/** The state of each file this ingest would write that is already there, in the order given. */
export function takenFiles(paths: string[], existing: ExistingFiles): TakenFile[] {
  return paths.flatMap((path): TakenFile[] => {
    const hash = existing.current.get(path);
    if (hash === undefined) return [];
    const recorded = existing.record?.files[path];
    const edited = recorded !== undefined && recorded !== hash;
    const by = existing.published.get(path);
    if (by !== undefined) return [{ path, state: { kind: 'published', by }, edited }];
    if (recorded === undefined) return [{ path, state: { kind: 'not-ingested' }, edited }];
    return [{ path, state: { kind: edited ? 'edited' : 'unedited' }, edited }];
  });
}

const STATE_WORDS: Record<FileState['kind'], string> = {
  unedited: 'as ingest wrote it, unedited',
  edited: 'edited since ingest wrote it',
  'not-ingested': 'not written by ingest',
  published: 'published',
};

const describeState = (state: FileState) =>
  state.kind === 'published' ? `published: ${state.by}` : STATE_WORDS[state.kind];

/**
 * Why the command must stop, or null when it may write: a taken slug without --force, or with
 * --force any taken file that is not ingest's own untouched work.
 */
export function refusal(slug: string, taken: TakenFile[], force: boolean): string | null {
  if (taken.length === 0) return null;
  const kept = taken.filter((t) => t.state.kind !== 'unedited');
  if (force && kept.length === 0) return null;
  const list = taken.map((t) => `  ${t.path} (${describeState(t.state)})`);
  if (!force && kept.length === 0) {
    return [
      `--slug: "${slug}" is taken:`,
      ...list,
      'choose another with --slug, or pass --force to replace them: nobody has edited them since ingest wrote them',
    ].join('\n');
  }
  return [
    force
      ? `--force: "${slug}" holds files that are not ingest's to replace:`
      : `--slug: "${slug}" is taken, and not only by ingest's own untouched files:`,
    ...list,
    '--force replaces only files that ingest wrote and nobody has edited since, and never a published source or article.',
    `Choose another --slug, or, to start this draft again, delete its files yourself (git keeps what you commit).`,
  ].join('\n');
}

/** Lines of a difference worth printing; a longer one ends with a count of the rest. */
const MAX_DIFF_LINES = 40;

/**
 * What the new ingest would change in an editor's file, as a unified diff ("-" the editor's lines,
 * "+" the new draft's), cut to a readable length. Empty when they are the same.
 */
export function difference(path: string, theirs: string, ours: string): string {
  if (theirs === ours) return '';
  const patch = createTwoFilesPatch(`${path} (yours)`, `${path} (new draft)`, theirs, ours, '', '', { context: 1 });
  const lines = patch.split('\n').filter((l) => !/^=+$/.test(l) && l !== '\\ No newline at end of file');
  while (lines.at(-1) === '') lines.pop();
  if (lines.length <= MAX_DIFF_LINES) return lines.join('\n');
  return [...lines.slice(0, MAX_DIFF_LINES), `… ${lines.length - MAX_DIFF_LINES} more line(s)`].join('\n');
}
