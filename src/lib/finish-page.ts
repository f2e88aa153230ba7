/**
 * A page as it leaves the build, from the HTML Astro rendered: its island scripts out of the document into
 * files of their own (island-scripts.ts), Astro's island rule from <body> into <head>, where HTML allows it
 * (island-style.ts), its CSP narrowed to the hashes of what is still inline in it (page-csp.ts), and that
 * policy moved first in <head>, so it governs everything after it (csp-first.ts). In this order: each step
 * reads what the one before it left. None of it changes what runs; the document only gets smaller and valid.
 * Pure: HTML in, HTML out. Imports carry their extension because Node loads this file itself, outside Vite.
 */
import { cspFirst } from './csp-first.ts';
import { externalIslandScripts } from './island-scripts.ts';
import { hoistIslandStyle } from './island-style.ts';
import { ownHashesOnly } from './page-csp.ts';

export const finishPage = (html: string): string =>
  cspFirst(ownHashesOnly(hoistIslandStyle(externalIslandScripts(html))));
