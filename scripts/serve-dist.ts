/** Starts `astro preview` of dist/ on a port and resolves once it answers; for the measuring scripts. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export async function serveDist(port: number, root = process.cwd()): Promise<{ origin: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    path.join(root, 'node_modules/.bin/astro'),
    ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: root, stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`astro preview did not answer on port ${port} within 20 s`);
}
