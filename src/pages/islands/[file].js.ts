/** Astro's island loader and hydration directives as files of their own (see src/lib/island-scripts.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ISLAND_SCRIPTS, type IslandScript } from '../../lib/island-scripts';

export const getStaticPaths = (() =>
  ISLAND_SCRIPTS.map((script) => ({
    params: { file: script.path.slice('/islands/'.length, -'.js'.length) },
    props: { script },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ script: IslandScript }> = ({ props: { script } }) =>
  new Response(script.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
