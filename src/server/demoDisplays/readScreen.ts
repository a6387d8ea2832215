// Reads the demo console's text back from pixels, the way a person reads the screen: each cell's dots are
// compared with the font. Used by tests, on a canvas's pixels in the browser or an RFB client's framebuffer.
import { CELL_H, CELL_W, charOf, OFFSET_X, OFFSET_Y, SCALE } from './font';

/** `pixel(x, y)` returns the colour as 0xRRGGBB; the cell's top-left pixel is its background. */
export function readScreen(width: number, height: number, pixel: (x: number, y: number) => number): string[] {
  const lines: string[] = [];
  for (let y0 = 0; y0 + CELL_H <= height; y0 += CELL_H) {
    let line = '';
    for (let x0 = 0; x0 + CELL_W <= width; x0 += CELL_W) {
      const bg = pixel(x0, y0);
      let bits = 0;
      for (let gy = 0; gy < 7; gy++) {
        for (let gx = 0; gx < 5; gx++) bits = bits * 2 + (pixel(x0 + OFFSET_X + gx * SCALE, y0 + OFFSET_Y + gy * SCALE) !== bg ? 1 : 0);
      }
      line += charOf(bits) ?? '?';
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** The same from RGBA bytes (a canvas's ImageData). */
export function readRgba(width: number, height: number, rgba: ArrayLike<number>): string[] {
  return readScreen(width, height, (x, y) => {
    const i = (y * width + x) * 4;
    return (rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2];
  });
}
