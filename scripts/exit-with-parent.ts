/**
 * Loaded into the `astro build` process that scripts/build.ts starts (`node --import`). build.ts stops
 * that process itself when it is asked to stop (Ctrl-C, SIGTERM), but a SIGKILL gives it no chance; the
 * kernel then closes build.ts's end of this pipe (fd 3), this end reads the end of it, and the build stops
 * too, rather than running on with nobody to swap its result in or clean it up.
 */
import { Socket } from 'node:net';

const parent = new Socket({ fd: 3, readable: true, writable: false });
parent.on('end', () => {
  process.exitCode = 130;
  process.kill(process.pid, 'SIGTERM');
});
parent.on('error', () => {});
parent.resume();
// Never what keeps the build running: it ends when its work does.
parent.unref();
