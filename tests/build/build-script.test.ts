/**
 * scripts/build.ts as a stopped or interrupted build leaves things: the exit status says which site dist/
 * holds, what a killed build left is put right by the next one, and stopping build.ts stops astro build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, edit } from '../../scripts/project-copy.ts';

const KEY_FACTS = 'content/articles/kazakhstan-gaza-ceasefire-key-facts.mdx';
// Above the kernel's largest pid: no process has it, so folders named for it are a stopped build's.
const DEAD = 99_999_999;
let dir: string;
beforeAll(() => {
  dir = copyProject();
  expect(build(dir).ok).toBe(true);
  writeFileSync(path.join(dir, 'dist/marker.txt'), 'previous build');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

const leftovers = () => readdirSync(dir).filter((n) => n.startsWith('.dist-'));
const marker = () => readFileSync(path.join(dir, 'dist/marker.txt'), 'utf8');

/** The processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((n) => {
      try {
        const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}
const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
const until = async (what: () => boolean, ms: number) => {
  for (const start = Date.now(); Date.now() - start < ms; await new Promise((r) => setTimeout(r, 100)))
    if (what()) return true;
  return what();
};

/** build.ts started in the copy, and the `astro build` it starts, once that has begun writing the new site. */
async function startBuild(): Promise<{
  script: ChildProcess;
  astro: number;
  next: string;
  exited: Promise<number | null>;
}> {
  const script = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) =>
    script.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGKILL' ? 137 : null))),
  );
  let astro: number | undefined;
  await until(() => (astro = childrenOf(script.pid!)[0]) !== undefined, 10_000);
  expect(astro, 'build.ts started astro build').toBeDefined();
  const next = path.join(dir, `.dist-next-${script.pid}`);
  expect(
    await until(() => existsSync(next) && readdirSync(next).length > 0, 60_000),
    'astro build wrote into its folder',
  ).toBe(true);
  return { script, astro: astro!, next, exited };
}

describe('a build after one that was stopped', () => {
  it('removes the folders a killed build left, and builds', () => {
    cpSync(path.join(dir, 'dist'), path.join(dir, `.dist-next-${DEAD}`), { recursive: true });
    cpSync(path.join(dir, 'dist'), path.join(dir, `.dist-previous-${DEAD}`), { recursive: true });
    const { ok, output } = build(dir);
    expect(ok, output).toBe(true);
    expect(output).toMatch(new RegExp(`removed \\.dist-next-${DEAD}, left by a build that was stopped`));
    expect(leftovers()).toEqual([]);
    writeFileSync(path.join(dir, 'dist/marker.txt'), 'previous build');
  });

  it('puts the previous site back first when a swap was cut short, even if this build then fails', () => {
    renameSync(path.join(dir, 'dist'), path.join(dir, `.dist-previous-${DEAD}`));
    edit(dir, KEY_FACTS, (t) => t.replace('<Cite passage="s19"', '<Cite passage="s99"'));
    const { ok, output } = build(dir);
    edit(dir, KEY_FACTS, (t) => t.replace('<Cite passage="s99"', '<Cite passage="s19"'));
    expect(ok).toBe(false);
    expect(output).toMatch(/put the previous build back from \.dist-previous-/);
    expect(output).toMatch(/dist\/ still holds the previous build, untouched/);
    expect(marker()).toBe('previous build');
    expect(leftovers()).toEqual([]);
  });
});

describe('stopping build.ts', () => {
  it('with SIGTERM stops astro build, leaves dist/ as it was and nothing behind, and exits non-zero', async () => {
    const { script, astro, exited } = await startBuild();
    script.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(await until(() => !alive(astro), 10_000), `astro build (${astro}) still running`).toBe(true);
    expect(marker()).toBe('previous build');
    expect(leftovers()).toEqual([]);
  });

  it('with SIGKILL, which it cannot catch, stops astro build all the same; the next build tidies up', async () => {
    const { script, astro, next, exited } = await startBuild();
    script.kill('SIGKILL');
    await exited;
    expect(await until(() => !alive(astro), 10_000), `astro build (${astro}) still running`).toBe(true);
    // Stopped, not left to finish on its own: it never wrote the pages.
    expect(existsSync(path.join(next, 'index.html'))).toBe(false);
    expect(marker()).toBe('previous build');
    const { ok, output } = build(dir);
    expect(ok, output).toBe(true);
    expect(output).toMatch(/removed \.dist-next-\d+, left by a build that was stopped/);
    expect(leftovers()).toEqual([]);
  });
});
