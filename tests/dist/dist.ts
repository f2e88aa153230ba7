/** Reading the built site in dist/, for the tests beside this file. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { filesIn, urlPathOf } from '../../src/lib/site-files.ts';
import { builtPages } from '../e2e/built-pages';

export { SITE } from '../../astro.config.mjs';
export const DIST = path.resolve('dist');

/** A file of the built site by its URL path ("/rss.xml", "/articles/x/"). */
export function distFile(urlPath: string): string {
  const file = path.join(DIST, decodeURI(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`${urlPath} is not in dist/ (${file}): run the build first`);
  return readFileSync(file, 'utf8');
}

export const page = (urlPath: string): HTMLElement => parse(distFile(urlPath));

/** Every HTML page a reader can reach (an edition's 404 page, /404.html or /ru/404.html, has no address of its own). */
export const pages = () => builtPages().filter((p) => !/^(?:\/[a-z]{2})?\/404\.html$/.test(p));
export const articles = () => pages().filter((p) => p.startsWith('/articles/'));
export const topicPages = () => pages().filter((p) => /^\/topics\/[^/]+\/$/.test(p));

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(urlPath: string): { width: number; height: number } {
  const file = path.join(DIST, urlPath);
  const bytes = readFileSync(file);
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`${urlPath} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Whitespace collapsed, for comparing text across different markup. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every file in dist/ with the given extension, as paths relative to dist/. */
export function distFiles(ext: string): string[] {
  const files = filesIn(DIST, ext);
  if (files.length === 0) throw new Error(`no ${ext} files in dist/: run the build first`);
  return files;
}

export const readDist = (file: string) => readFileSync(path.join(DIST, file), 'utf8');

/** The URL path a reader uses for a built HTML file. */
export const urlOf = urlPathOf;
