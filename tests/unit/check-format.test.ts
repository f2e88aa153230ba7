/** `npm run lint` on a hand-edited file out of format tells the editor the command that fixes it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

const root = mkdtempSync(path.join(tmpdir(), 'format-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
vi.setConfig({ testTimeout: 60_000 }); // each case starts Prettier

function check(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(root, 'p-'));
  writeFileSync(path.join(dir, '.prettierrc.json'), '{ "printWidth": 120, "singleQuote": true }\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const run = spawnSync(process.execPath, [path.resolve('scripts/check-format.ts')], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

it.each([
  [
    'a JSON file indented by hand',
    { 'content/timeline/x.json': '[ {"id":"a",\n      "date": "2025"} ]\n' },
    1,
    /run `npm run format`/,
  ],
  [
    'a JSON file with a syntax error',
    { 'content/timeline/x.json': '[ {"id": "a",} ' },
    2,
    /fix what it names.*`npm run format` cannot/,
  ],
  [
    'files in format',
    { 'content/timeline/x.json': '[{ "id": "a", "date": "2025" }]\n' },
    0,
    /All matched files use Prettier code style/,
  ],
])('%s', (_, files, status, message) => {
  const run = check(files);
  expect(run.status).toBe(status);
  expect(run.output).toMatch(message);
  if (status) expect(run.output).toContain('content/timeline/x.json');
});
