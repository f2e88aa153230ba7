import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recover, swapIn, type SwapFs } from '../../scripts/dist-swap';

let root: string;
const at = (name: string) => path.join(root, name);
const site = (name: string, marker: string) => {
  mkdirSync(at(name), { recursive: true });
  writeFileSync(path.join(at(name), 'index.html'), marker);
};
const holds = (name: string) => readFileSync(path.join(at(name), 'index.html'), 'utf8');
const listing = () => fs.readdirSync(root).sort();

/** The real file system, but the given call fails (EACCES) when its first argument is the given path. */
function failing(call: 'renameSync' | 'rmSync', when: string): SwapFs {
  return {
    existsSync: fs.existsSync,
    readdirSync: (p) => fs.readdirSync(p),
    renameSync: (from, to) => {
      if (call === 'renameSync' && from === at(when)) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      fs.renameSync(from, to);
    },
    rmSync: (p, o) => {
      if (call === 'rmSync' && p === at(when)) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      fs.rmSync(p, o);
    },
  };
}

afterEach(() => rmSync(root, { recursive: true, force: true }));
const fresh = () => {
  root = mkdtempSync(path.join(tmpdir(), 'dist-swap-'));
  site('dist', 'old');
  site('.dist-next-1', 'new');
};

describe('swapIn: dist/ is the old site or the new one, and the result says which', () => {
  it('puts the new build in place and removes the old one', () => {
    fresh();
    expect(swapIn(at('.dist-next-1'), at('dist'), at('.dist-previous-1'))).toEqual({
      holds: 'new',
      message: 'dist/ now holds the new build.',
    });
    expect(holds('dist')).toBe('new');
    expect(listing()).toEqual(['dist']);
  });

  it('reports success, with a warning, when only removing the old build fails (a read-only dist/)', () => {
    fresh();
    const result = swapIn(
      at('.dist-next-1'),
      at('dist'),
      at('.dist-previous-1'),
      failing('rmSync', '.dist-previous-1'),
    );
    expect(result.holds).toBe('new');
    expect(result.warning).toMatch(/could not be removed from \.dist-previous-1 \(EACCES\)/);
    expect(holds('dist')).toBe('new');
  });

  it('keeps the old site, and says so, when dist/ cannot be moved aside', () => {
    fresh();
    const result = swapIn(at('.dist-next-1'), at('dist'), at('.dist-previous-1'), failing('renameSync', 'dist'));
    expect(result).toMatchObject({
      holds: 'previous',
      message: expect.stringMatching(/still holds the previous build/),
    });
    expect(holds('dist')).toBe('old');
    expect(listing()).toEqual(['dist']);
  });

  it('puts the old site back when the new one cannot be moved in', () => {
    fresh();
    const result = swapIn(
      at('.dist-next-1'),
      at('dist'),
      at('.dist-previous-1'),
      failing('renameSync', '.dist-next-1'),
    );
    expect(result.holds).toBe('previous');
    expect(holds('dist')).toBe('old');
    expect(listing()).toEqual(['dist']);
  });

  it('says nothing was written when there was no site and the new one cannot be moved in', () => {
    fresh();
    rmSync(at('dist'), { recursive: true });
    const result = swapIn(
      at('.dist-next-1'),
      at('dist'),
      at('.dist-previous-1'),
      failing('renameSync', '.dist-next-1'),
    );
    expect(result).toMatchObject({ holds: 'nothing', message: expect.stringMatching(/nothing was written to dist/) });
  });
});

describe('recover: what a stopped build left', () => {
  const dead = () => false;

  it('puts the previous site back when a swap was cut short, before anything else', () => {
    root = mkdtempSync(path.join(tmpdir(), 'dist-swap-'));
    site('.dist-previous-99999999', 'old');
    site('.dist-next-99999999', 'new');
    const { notes, running } = recover(root, fs, dead);
    expect(running).toBeUndefined();
    expect(holds('dist')).toBe('old');
    expect(listing()).toEqual(['dist']);
    expect(notes.join('\n')).toMatch(/put the previous build back from \.dist-previous-99999999/);
  });

  it('removes the folders of builds that were killed (a SIGKILL while indexing)', () => {
    fresh();
    expect(recover(root, fs, dead).notes).toEqual(['removed .dist-next-1, left by a build that was stopped.']);
    expect(listing()).toEqual(['dist']);
  });

  it('leaves a running build alone, and says which', () => {
    fresh();
    expect(recover(root, fs, (pid) => pid === 1)).toEqual({ notes: [], running: 1 });
    expect(listing()).toEqual(['.dist-next-1', 'dist']);
  });

  it('notes a folder it cannot remove, and goes on', () => {
    fresh();
    expect(recover(root, failing('rmSync', '.dist-next-1'), dead).notes).toEqual([
      'could not remove .dist-next-1, left by a build that was stopped (EACCES); delete it when you can.',
    ]);
  });
});
