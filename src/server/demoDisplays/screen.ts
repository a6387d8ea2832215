// The demo display's screen: an 80x24 text grid drawn into a palette-indexed framebuffer. Row 0 is a status
// bar (VM name and state); rows 1-23 scroll like a terminal. Changes are reported as dirty rectangles.
import { CELL_H, CELL_W, glyph, OFFSET_X, OFFSET_Y, SCALE } from './font';

export const COLS = 80;
export const ROWS = 24;
export const WIDTH = COLS * CELL_W;
export const HEIGHT = ROWS * CELL_H;
/** Palette (RGB): the colours the console uses; the framebuffer stores indices into it. */
export const PALETTE: [number, number, number][] = [
  [16, 20, 24], [204, 204, 204], [255, 255, 255], [80, 200, 120], [31, 78, 121], [240, 190, 60],
];
export const Colour = { Black: 0, Grey: 1, White: 2, Green: 3, Blue: 4, Yellow: 5 } as const;
export type Colour = (typeof Colour)[keyof typeof Colour];

export interface Rect { x: number; y: number; w: number; h: number }
export const union = (a: Rect | undefined, b: Rect): Rect => {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};

export class Screen {
  readonly pixels = new Uint8Array(WIDTH * HEIGHT);
  private readonly text: string[][] = Array.from({ length: ROWS }, () => Array<string>(COLS).fill(' '));
  private readonly fg: Colour[][] = Array.from({ length: ROWS }, () => Array<Colour>(COLS).fill(Colour.Grey));
  private col = 0;
  private row = 1;
  /** The colour of text written next. */
  colour: Colour = Colour.Grey as Colour;

  constructor(private readonly changed: (r: Rect) => void) {
    this.redraw(0, ROWS);
  }

  /** The status bar: `text` in white on blue, padded to the width. */
  status(text: string): void {
    const line = text.slice(0, COLS).padEnd(COLS);
    for (let c = 0; c < COLS; c++) { this.text[0][c] = line[c]; this.fg[0][c] = Colour.White; }
    this.redraw(0, 1);
  }

  write(s: string): void {
    const before = this.row;
    let scrolled = false;
    for (const ch of s) {
      if (ch === '\n') { this.col = 0; scrolled = this.newline() || scrolled; continue; }
      if (this.col >= COLS) { this.col = 0; scrolled = this.newline() || scrolled; }
      this.text[this.row][this.col] = ch;
      this.fg[this.row][this.col] = this.colour;
      this.col++;
    }
    if (scrolled) this.redraw(1, ROWS);
    else this.redraw(Math.min(before, this.row), Math.max(before, this.row) + 1);
  }

  backspace(): boolean {
    if (this.col === 0) return false;
    this.col--;
    this.text[this.row][this.col] = ' ';
    this.redraw(this.row, this.row + 1);
    return true;
  }

  clear(): void {
    for (let r = 1; r < ROWS; r++) this.text[r].fill(' ');
    this.row = 1;
    this.col = 0;
    this.redraw(1, ROWS);
  }

  /** The grid as text lines (status bar first), for tests and logs. */
  lines(): string[] {
    return this.text.map((r) => r.join('').trimEnd());
  }

  private newline(): boolean {
    if (this.row < ROWS - 1) { this.row++; return false; }
    this.text.splice(1, 1);
    this.fg.splice(1, 1);
    this.text.push(Array<string>(COLS).fill(' '));
    this.fg.push(Array<Colour>(COLS).fill(Colour.Grey));
    return true;
  }

  private redraw(from: number, to: number): void {
    for (let r = from; r < to; r++) for (let c = 0; c < COLS; c++) this.drawCell(r, c);
    this.changed({ x: 0, y: from * CELL_H, w: WIDTH, h: (to - from) * CELL_H });
  }

  private drawCell(r: number, c: number): void {
    const bg = r === 0 ? Colour.Blue : Colour.Black;
    const rows = glyph(this.text[r][c]);
    const x0 = c * CELL_W;
    const y0 = r * CELL_H;
    for (let y = 0; y < CELL_H; y++) {
      const gy = Math.floor((y - OFFSET_Y) / SCALE);
      const cursor = r === this.row && c === this.col && y >= CELL_H - 2;
      for (let x = 0; x < CELL_W; x++) {
        const gx = Math.floor((x - OFFSET_X) / SCALE);
        const on = gy >= 0 && gy < 7 && gx >= 0 && gx < 5 && ((rows[gy] >> (4 - gx)) & 1) === 1;
        this.pixels[(y0 + y) * WIDTH + x0 + x] = on || cursor ? this.fg[r][c] : bg;
      }
    }
  }
}
