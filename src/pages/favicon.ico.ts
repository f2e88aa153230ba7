/** /favicon.ico, which browsers and feed readers fetch unasked: the SVG icon drawn at 16, 32 and 48 px. */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { icoFromPngs } from '../lib/ico';

const SIZES = [16, 32, 48];

export const GET: APIRoute = async () => {
  const svg = await readFile('public/favicon.svg');
  const images = await Promise.all(
    SIZES.map(async (size) => ({ size, png: await sharp(svg, { density: 300 }).resize(size, size).png().toBuffer() })),
  );
  return new Response(new Uint8Array(icoFromPngs(images)), { headers: { 'Content-Type': 'image/x-icon' } });
};
