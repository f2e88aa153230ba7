/** A throwaway copy of the project, for tests and benchmarks that build altered content. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StoryData } from '../src/lib/schemas.ts';

const ROOT = process.cwd();
// .gitignore too: Tailwind's scanner reads every file it does not ignore for class names, and a copy without it
// scanned its own dist/ (thousands of built pages) on every build after the first.
const COPIED = [
  'src',
  'content',
  'public',
  'scripts',
  '.gitignore',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/** A throwaway copy of the project (node_modules linked), to build with broken content. */
export function copyProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'multivector-'));
  for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  // English only: the copies change English content, which the Russian translations would no longer match.
  // A copy that tests an edition puts its content/translations/<lang>/ back (src/data/edition.ts hasEdition).
  for (const edition of ['content/translations', 'content/articles/ru'])
    rmSync(path.join(dir, edition), { recursive: true, force: true });
  // Link each package, not node_modules itself: Astro and Vite keep their caches (the content
  // store among them) in node_modules/.astro and .vite, and the copy must not write into ours.
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
  return dir;
}

/**
 * Edits the one story file of a copy: tests and the bench that swap today's articles for others must
 * list them in the story that holds them, as an editor would (content/stories/).
 */
export function editStory(dir: string, change: (story: StoryData) => void): void {
  const folder = path.join(dir, 'content/stories');
  const [file, ...more] = readdirSync(folder).filter((f) => f.endsWith('.json'));
  if (!file || more.length) throw new Error(`${folder}: expected exactly one story file to edit`);
  const story = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as StoryData;
  change(story);
  writeFileSync(path.join(folder, file), `${JSON.stringify(story, null, 2)}\n`);
}

export function edit(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit to ${file} changed nothing`);
  writeFileSync(full, after);
}

/** Runs the project's own build script (build into a temporary folder, swap on success). */
export function build(dir: string): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    // A build of many pages prints more than spawnSync's default 1 MB buffer holds.
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output };
}
