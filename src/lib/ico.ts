/**
 * A Windows icon (.ico) holding PNG images, the form every browser since 2007 reads. Browsers, feed
 * readers and crawlers ask for /favicon.ico whatever a page declares; without one every such request is
 * a 404. Pure: PNGs in, bytes out (the PNGs are drawn from public/favicon.svg by src/pages/favicon.ico.ts).
 */

/** One image of the icon: a PNG and its square size in pixels (1–256). */
export interface IconImage {
  png: Uint8Array;
  size: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const HEADER = 6;
const ENTRY = 16;

export function icoFromPngs(images: readonly IconImage[]): Uint8Array {
  if (images.length === 0) throw new RangeError('an icon needs at least one image');
  for (const { png, size } of images) {
    if (!Number.isInteger(size) || size < 1 || size > 256) {
      throw new RangeError(`an icon image is 1 to 256 pixels square, found ${size}`);
    }
    if (!PNG_SIGNATURE.every((byte, i) => png[i] === byte)) throw new TypeError('expected PNG bytes for an icon image');
  }
  const total = HEADER + ENTRY * images.length + images.reduce((sum, i) => sum + i.png.length, 0);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint16(2, 1, true); // type 1: icon
  view.setUint16(4, images.length, true);
  let offset = HEADER + ENTRY * images.length;
  images.forEach(({ png, size }, i) => {
    const entry = HEADER + ENTRY * i;
    // Width and height are one byte each; 0 means 256.
    view.setUint8(entry, size % 256);
    view.setUint8(entry + 1, size % 256);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    bytes.set(png, offset);
    offset += png.length;
  });
  return bytes;
}
