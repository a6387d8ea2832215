// RFC 6143 7.4: the pixel format, and turning palette-indexed pixels into what the client asked for.
import { PALETTE } from './screen';

export interface PixelFormat {
  bitsPerPixel: number; depth: number; bigEndian: boolean; trueColour: boolean;
  redMax: number; greenMax: number; blueMax: number; redShift: number; greenShift: number; blueShift: number;
}

/** What the server offers: 32 bits per pixel, depth 24, little endian, xRGB. */
export const SERVER_FORMAT: PixelFormat = {
  bitsPerPixel: 32, depth: 24, bigEndian: false, trueColour: true, redMax: 255, greenMax: 255, blueMax: 255, redShift: 16, greenShift: 8, blueShift: 0,
};

export function writePixelFormat(pf: PixelFormat): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt8(pf.bitsPerPixel, 0); b.writeUInt8(pf.depth, 1); b.writeUInt8(pf.bigEndian ? 1 : 0, 2); b.writeUInt8(pf.trueColour ? 1 : 0, 3);
  b.writeUInt16BE(pf.redMax, 4); b.writeUInt16BE(pf.greenMax, 6); b.writeUInt16BE(pf.blueMax, 8);
  b.writeUInt8(pf.redShift, 10); b.writeUInt8(pf.greenShift, 11); b.writeUInt8(pf.blueShift, 12);
  return b;
}

export function readPixelFormat(b: Buffer): PixelFormat {
  return {
    bitsPerPixel: b[0], depth: b[1], bigEndian: b[2] !== 0, trueColour: b[3] !== 0,
    redMax: b.readUInt16BE(4), greenMax: b.readUInt16BE(6), blueMax: b.readUInt16BE(8), redShift: b[10], greenShift: b[11], blueShift: b[12],
  };
}

/** Why the server cannot serve a format, or undefined when it can (true colour at 8, 16 or 32 bits). */
export function unsupported(pf: PixelFormat): string | undefined {
  if (![8, 16, 32].includes(pf.bitsPerPixel)) return `${pf.bitsPerPixel} bits per pixel`;
  if (!pf.trueColour) return 'colour-map pixel formats';
  return undefined;
}

/** Each palette colour's bytes in the format, so a rectangle is a copy per pixel. */
export function paletteBytes(pf: PixelFormat): Buffer[] {
  const bytes = pf.bitsPerPixel / 8;
  return PALETTE.map(([r, g, b]) => {
    const scale = (v: number, max: number) => Math.round((v * max) / 255);
    const value = ((scale(r, pf.redMax) << pf.redShift) | (scale(g, pf.greenMax) << pf.greenShift) | (scale(b, pf.blueMax) << pf.blueShift)) >>> 0;
    const out = Buffer.alloc(bytes);
    for (let i = 0; i < bytes; i++) out[pf.bigEndian ? bytes - 1 - i : i] = (value >>> (8 * i)) & 0xff;
    return out;
  });
}
