/** The publisher's logo for structured data, which wants a raster image: the favicon at 512 px. */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { LOGO } from '../lib/site';

export const GET: APIRoute = async () => {
  const svg = await readFile('public/favicon.svg');
  const png = await sharp(svg, { density: 1200 }).resize(LOGO.width, LOGO.height).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
