/**
 * Putting a finished build in place as dist/, and putting things right after a build that was stopped.
 *
 * dist/ stays a real folder (every static host uploads it as it is; some do not follow a link to one),
 * so the swap is two renames: dist/ aside to .dist-previous-<pid>, then .dist-next-<pid> to dist/.
 * A crash between the two leaves no dist/ for an instant; the next build (and so `npm start`) first puts
 * the previous site back (`recover`), before it does anything else. Every outcome is reported truthfully:
 * `swapIn` says which site dist/ holds, and a failure to clean up after a successful swap is a warning,
 * not a failed build.
 *
 * The file-system calls are passed in, so that tests can make any one of them fail.
 */
import * as nodeFs from 'node:fs';
import path from 'node:path';

export interface SwapFs {
  existsSync(p: string): boolean;
  renameSync(from: string, to: string): void;
  rmSync(p: string, options: { recursive: true; force: true }): void;
  readdirSync(p: string): string[];
}

const why = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

export interface SwapResult {
  /** Which site dist/ holds now. */
  holds: 'new' | 'previous' | 'nothing';
  message: string;
  /** Something left to tidy that did not stop the swap. */
  warning?: string;
}

/** Moves the finished build `next` into `dist`, keeping the previous site until the new one is in place. */
export function swapIn(next: string, dist: string, previous: string, fs: SwapFs = nodeFs): SwapResult {
  const had = fs.existsSync(dist);
  if (had) {
    try {
      fs.renameSync(dist, previous);
    } catch (e) {
      fs.rmSync(next, { recursive: true, force: true });
      return {
        holds: 'previous',
        message: `dist/ could not be moved aside (${why(e)}), so it still holds the previous build, untouched.`,
      };
    }
  }
  try {
    fs.renameSync(next, dist);
  } catch (e) {
    let holds: SwapResult['holds'] = 'nothing';
    if (had) {
      try {
        fs.renameSync(previous, dist);
        holds = 'previous';
      } catch {
        // Left as .dist-previous-<pid>: the next build puts it back (recover).
      }
    }
    fs.rmSync(next, { recursive: true, force: true });
    return {
      holds,
      message: `the new build could not be moved into dist/ (${why(e)}); ${
        holds === 'previous'
          ? 'dist/ still holds the previous build.'
          : had
            ? `the previous build is in ${path.basename(previous)}, and the next build puts it back.`
            : 'nothing was written to dist/.'
      }`,
    };
  }
  if (had) {
    try {
      fs.rmSync(previous, { recursive: true, force: true });
    } catch (e) {
      return {
        holds: 'new',
        message: 'dist/ now holds the new build.',
        warning: `the previous build could not be removed from ${path.basename(previous)} (${why(e)}); delete it when you can (the next build tries again).`,
      };
    }
  }
  return { holds: 'new', message: 'dist/ now holds the new build.' };
}

const LEFTOVER = /^\.dist-(next|previous)-(\d+)$/;

/** Whether a process is running: `kill(pid, 0)` sends nothing, and fails only when there is no such process. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Recovery {
  /** What was put right, for the log. */
  notes: string[];
  /** A build still running in this folder, which this one must not disturb. */
  running?: number;
}

/**
 * After a build that was stopped (killed, or the machine went down): the previous site back in dist/ if
 * a swap was cut short, and the folders that build left behind removed. A folder of a build that is still
 * running is left alone, and reported, so that two builds never share one folder.
 */
export function recover(root: string, fs: SwapFs = nodeFs, running = isRunning): Recovery {
  const notes: string[] = [];
  const dist = path.join(root, 'dist');
  const leftovers = fs
    .readdirSync(root)
    .map((name) => ({ name, match: LEFTOVER.exec(name) }))
    .filter((l) => l.match)
    .map(({ name, match }) => ({ name, kind: match![1] as 'next' | 'previous', pid: Number(match![2]) }));
  const live = leftovers.find((l) => l.pid !== process.pid && running(l.pid));
  if (live) return { notes, running: live.pid };
  if (!fs.existsSync(dist)) {
    const previous = leftovers.find((l) => l.kind === 'previous');
    if (previous) {
      fs.renameSync(path.join(root, previous.name), dist);
      notes.push(
        `dist/ was missing after a build that was stopped while swapping: put the previous build back from ${previous.name}.`,
      );
      leftovers.splice(leftovers.indexOf(previous), 1);
    }
  }
  for (const { name } of leftovers) {
    try {
      fs.rmSync(path.join(root, name), { recursive: true, force: true });
      notes.push(`removed ${name}, left by a build that was stopped.`);
    } catch (e) {
      notes.push(`could not remove ${name}, left by a build that was stopped (${why(e)}); delete it when you can.`);
    }
  }
  return { notes };
}
