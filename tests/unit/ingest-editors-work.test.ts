/**
 * `npm run ingest` never loses an editor's work: one ingest of a slug at a time, --force only over
 * ingest's own untouched files, never over a published source, and a run killed midway undone.
 * Each case runs in a temporary copy of content/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lockPath, sha256, writeAll } from '../../scripts/ingest-files.ts';
import { ingest, ingestAsync, listing, project, read, removeProjects, write } from '../fixtures/ingest-project';
import { OUR_SOURCE, OUR_SOURCE_OPTIONS as OPTIONS } from '../fixtures/our-source';

afterAll(removeProjects);
// Each case runs the command once or more (about a second each; far more on a machine busy with builds).
vi.setConfig({ testTimeout: 120_000 });

const REPORT_A = 'Water Talks in Tashkent\nOn Monday, the envoys met in Tashkent. They agreed to meet again.\n';
const REPORT_B = 'Grain Deal Signed in Astana\nOn Friday, the ministers signed a grain deal in Astana.\n';

/** A project with one fresh, unedited ingest of REPORT_A under the slug "talks". */
function ingested(): { root: string; report: string } {
  const root = project();
  const report = write(root, 'a.txt', REPORT_A);
  const run = ingest(root, [report, ...OPTIONS, '--slug', 'talks']);
  expect(run.stderr).toBe('');
  return { root, report };
}

describe('--force replaces only what ingest wrote and nobody has edited since', () => {
  it('replaces its own untouched draft with the new report', () => {
    const { root } = ingested();
    const b = write(root, 'b.txt', REPORT_B);
    const run = ingest(root, [b, ...OPTIONS, '--slug', 'talks', '--force']);
    expect(run.stderr).toBe('');
    expect(read(root, 'content/sources/talks.txt')).toBe(REPORT_B);
  });

  it.each([
    [
      'an edited draft article',
      'content/articles/talks.mdx',
      (t: string) => t.replace(/^title: .*$/m, 'title: "The envoys’ second meeting in Tashkent"'),
      /content\/articles\/talks\.mdx \(edited since ingest wrote it\)/,
      /-title: "The envoys’ second meeting in Tashkent"\n\+title: "Grain Deal Signed in Astana"/,
    ],
    [
      'edited timeline candidates',
      'content/timeline/talks.json',
      (t: string) => t.replace('TODO: one line in our words (s1, 2025-10-13)', 'Envoys meet in Tashkent'),
      /content\/timeline\/talks\.json \(edited since ingest wrote it\)/,
      /-.*"headline": "Envoys meet in Tashkent"/,
    ],
    [
      'an edited structure',
      'content/sources/talks.json',
      (t: string) => t.replace('"paragraphs": ["On Monday, the"]', '"paragraphs": ["On Monday, the", "They agreed"]'),
      /content\/sources\/talks\.json \(edited since ingest wrote it\)/,
      /-\s+"paragraphs": \["On Monday, the", "They agreed"\]/,
    ],
    [
      'a published draft (draft: false), even with its source untouched',
      'content/articles/talks.mdx',
      (t: string) => t.replace('\ndraft: true\n', '\ndraft: false\n'),
      /content\/sources\/talks\.txt \(published: content\/articles\/talks\.mdx is published and cites it\)/,
      /-draft: false\n\+draft: true/,
    ],
  ])('refuses over %s, keeps it, and shows what the new draft would change', (_, file, edit, state, change) => {
    const { root } = ingested();
    const edited = edit(read(root, file));
    expect(edited).not.toBe(read(root, file));
    write(root, file, edited);
    const before = listing(root);
    const b = write(root, 'b.txt', REPORT_B);
    const run = ingest(root, [b, ...OPTIONS, '--slug', 'talks', '--force']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(state);
    expect(run.stderr).toContain('What this ingest would change in them:');
    expect(run.stderr.replaceAll('ingest: ', '')).toMatch(change);
    expect(run.stderr).toContain('Nothing was written.');
    expect(listing(root)).toEqual(before);
  });

  it('refuses --slug events --force: the edited timeline is not ingest’s', () => {
    const root = project();
    const before = listing(root);
    const run = ingest(root, [write(root, 'a.txt', REPORT_A), ...OPTIONS, '--slug', 'events', '--force']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /content\/timeline\/events\.json \(published: \d+ of its \d+ events have no "draft": true\)/,
    );
    expect(listing(root)).toEqual(before);
  });

  it('never replaces the published source, whose SHA-256 the site pins', () => {
    const root = project();
    const slug = path.basename(OUR_SOURCE, '.txt');
    const run = ingest(root, [write(root, 'a.txt', REPORT_A), ...OPTIONS, '--slug', slug, '--force']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `content/sources/${slug}\\.txt \\(published: content/articles/[a-z-]+\\.mdx is published and cites it\\)`,
      ),
    );
    expect(run.stderr).not.toContain('What this ingest would change');
    expect(read(root, `content/sources/${slug}.txt`)).toBe(readFileSync(OUR_SOURCE, 'utf8'));
  });

  it('counts nothing as its own once the record of what it wrote is gone', () => {
    const { root, report } = ingested();
    spawnSync('rm', [path.join(root, 'content/ingested/talks.json')]);
    const run = ingest(root, [report, ...OPTIONS, '--slug', 'talks', '--force']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/articles/talks.mdx (not written by ingest)');
  });
});

describe('one ingest of a slug at a time', () => {
  it('lets only one of two ingests of the same slug at once succeed, and never mixes their files', async () => {
    const root = project();
    const a = write(root, 'a.txt', REPORT_A);
    const b = write(root, 'b.txt', REPORT_B);
    const runs = await Promise.all([
      ingestAsync(root, [a, ...OPTIONS, '--slug', 'race']),
      ingestAsync(root, [b, ...OPTIONS, '--slug', 'race']),
    ]);
    expect(runs.map((r) => r.status).sort()).toEqual([0, 1]);
    expect(runs.find((r) => r.status === 1)!.stderr).toMatch(/another "npm run ingest" of "race" is running|is taken/);
    const txt = readFileSync(path.join(root, 'content/sources/race.txt'));
    const meta = JSON.parse(read(root, 'content/sources/race.json'));
    expect(meta.sha256).toBe(sha256(txt));
    for (const event of JSON.parse(read(root, 'content/timeline/race.json'))) {
      expect(txt.toString()).toContain(event.provenance.quote);
    }
  });

  it('refuses while another holds the lock, saying what to do', async () => {
    const root = project();
    const lock = lockPath(root, 'held');
    mkdirSync(lock);
    const before = listing(root);
    // The holder renews its lock, as a running ingest does, however slowly this one starts.
    const renew = setInterval(() => utimesSync(lock, new Date(), new Date()), 1000);
    const run = await ingestAsync(root, [write(root, 'a.txt', REPORT_A), ...OPTIONS, '--slug', 'held']).finally(() =>
      clearInterval(renew),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /content\/\.ingest-held\.lock: another "npm run ingest" of "held" is running .*wait for it to finish.*taken over once it is 10 s old/,
    );
    expect(listing(root)).toEqual(before);
  });

  it('takes over the lock of a run that was stopped, and says so', () => {
    const root = project();
    const lock = lockPath(root, 'stale');
    mkdirSync(lock);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    const run = ingest(root, [write(root, 'a.txt', REPORT_A), ...OPTIONS, '--slug', 'stale']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^Took over content\/\.ingest-stale\.lock, left by an ingest of "stale" that stopped \d+ s ago/,
    );
    expect(existsSync(lock)).toBe(false);
  });

  it('undoes the half-written files of a run killed midway, before writing again', () => {
    const { root, report } = ingested();
    const before = listing(root);
    // A run over "talks" killed by SIGKILL after three renames: one file new, one moved aside, one untouched.
    const files = JSON.stringify([
      { path: 'content/sources/talks.txt', content: REPORT_B },
      { path: 'content/sources/talks.json', content: '{}' },
      { path: 'content/articles/talks.mdx', content: 'x' },
    ]);
    const killed = spawnSync(process.execPath, [
      '--input-type=module',
      '-e',
      `const { writeAll } = await import(${JSON.stringify(path.resolve('scripts/ingest-files.ts'))});
       await writeAll(${JSON.stringify(root)}, 'talks', ${files},
         { afterRename: (n) => n === 3 && process.kill(process.pid, 'SIGKILL') });`,
    ]);
    expect(killed.signal).toBe('SIGKILL');
    expect(read(root, 'content/sources/talks.txt')).toBe(REPORT_B);
    expect(existsSync(path.join(root, 'content/sources/talks.json'))).toBe(false);

    const run = ingest(root, [report, ...OPTIONS, '--slug', 'talks', '--force']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^An ingest of "talks" stopped midway .*its changes were undone/);
    expect(listing(root)).toEqual(before);
  });

  it('puts every file back when a later one cannot be written, even one whose name is too long', async () => {
    const { root } = ingested();
    const before = listing(root);
    await expect(
      writeAll(root, 'talks', [
        { path: 'content/sources/talks.txt', content: REPORT_B },
        { path: 'content/articles/new.mdx', content: 'x' },
        { path: `content/sources/${'a'.repeat(300)}.json`, content: '{}' },
      ]),
    ).rejects.toThrow(/cannot be written \(ENAMETOOLONG\)/);
    expect(listing(root)).toEqual(before);
  });
});
