/**
 * Serves dist/ for the measuring scripts as a host serves it: `astro preview` behind a small proxy that
 * compresses text with brotli when the browser asks for it, as Netlify and Cloudflare Pages do. Without it
 * Lighthouse measured the documents uncompressed (an explainer is 89 KB raw, 14 KB as it travels) and its
 * simulated LCP with them. Written with Node's own http, fetch and zlib: a measuring aid of a few lines,
 * where a proxy and a compression middleware would be two packages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const COMPRESSED = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|feed\+json|javascript|manifest\+json))/;

export async function serveDist(port: number, root = process.cwd()): Promise<{ origin: string; stop: () => void }> {
  const inner = port + 1;
  const child: ChildProcess = spawn(
    path.join(root, 'node_modules/.bin/astro'),
    ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(inner)],
    { cwd: root, stdio: 'ignore' },
  );
  const upstream = `http://127.0.0.1:${inner}`;
  const proxy = createServer(async (req, res) => {
    try {
      const answer = await fetch(`${upstream}${req.url}`, {
        redirect: 'manual',
        headers: { accept: req.headers.accept ?? '*/*' },
      });
      const body = Buffer.from(await answer.arrayBuffer());
      const headers = Object.fromEntries(
        [...answer.headers].filter(
          ([name]) => !/^(content-length|content-encoding|transfer-encoding|connection)$/i.test(name),
        ),
      );
      const type = answer.headers.get('content-type') ?? '';
      if (COMPRESSED.test(type) && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const packed = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        res.writeHead(answer.status, {
          ...headers,
          'content-encoding': 'br',
          vary: 'accept-encoding',
          'content-length': packed.length,
        });
        res.end(packed);
      } else {
        res.writeHead(answer.status, { ...headers, 'content-length': body.length });
        res.end(body);
      }
    } catch (e) {
      res.writeHead(502).end(String(e));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    proxy.close();
    child.kill();
  };
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${upstream}/`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`astro preview did not answer on port ${inner} within 20 s`);
}
