import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { icoFromPngs } from '../../src/lib/ico';

const png = (size: number) =>
  sharp({ create: { width: size, height: size, channels: 4, background: '#0b5394' } })
    .png()
    .toBuffer();

describe('icoFromPngs', () => {
  it('writes an icon directory that points at each PNG, which sharp reads back at its size', async () => {
    const images = await Promise.all([16, 32, 256].map(async (size) => ({ size, png: await png(size) })));
    const ico = icoFromPngs(images);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 3]);
    for (const [i, { size, png: bytes }] of images.entries()) {
      const entry = 6 + 16 * i;
      expect(view.getUint8(entry)).toBe(size % 256);
      const length = view.getUint32(entry + 8, true);
      const offset = view.getUint32(entry + 12, true);
      expect(length).toBe(bytes.length);
      const inside = await sharp(ico.slice(offset, offset + length)).metadata();
      expect([inside.format, inside.width, inside.height]).toEqual(['png', size, size]);
    }
    expect(ico.length).toBe(6 + 16 * 3 + images.reduce((sum, i) => sum + i.png.length, 0));
  });

  it.each([
    [[], /at least one image/],
    [[{ size: 300, png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) }], /1 to 256 pixels/],
    [[{ size: 16, png: new Uint8Array([0x47, 0x49, 0x46]) }], /expected PNG bytes/],
  ])('refuses what is not an icon: %#', (images, message) => {
    expect(() => icoFromPngs(images)).toThrow(message);
  });
});
