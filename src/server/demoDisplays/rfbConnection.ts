// One client of a demo display, speaking RFB 3.8 (RFC 6143): version, VNC authentication with the VM's current
// ticket as the password (7.2.2), ServerInit with the VM's name, then framebuffer updates in Raw encoding (7.7.1)
// and key events. Pointer events and cut text are read and ignored; anything else ends the connection.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Socket } from 'node:net';
import { vncResponse } from './des';
import { paletteBytes, readPixelFormat, SERVER_FORMAT, unsupported, writePixelFormat, type PixelFormat } from './pixelFormat';
import { HEIGHT, union, WIDTH, type Rect } from './screen';

export const VERSION = 'RFB 003.008\n';
const SEC_VNC_AUTH = 2;
const MAX_CUT_TEXT = 1 << 20;
const KEY = { ctrl: [0xffe3, 0xffe4], alt: [0xffe9, 0xffea, 0xfe03], del: [0xffff, 0xff9f] };

export interface DisplayHost {
  name(): string;
  /** The VM's current valid ticket and who obtained it, or undefined (none, or expired). */
  ticket(): { value: string; userId: string } | undefined;
  pixels(): Uint8Array;
  /** A client authenticated: returns what to call when it leaves. */
  joined(client: RfbConnection, userId: string, shared: boolean): () => void;
  key(keysym: number): void;
  ctrlAltDel(): void;
}

type Step = { need: number; then: (b: Buffer) => void };

export class RfbConnection {
  private buf: Buffer = Buffer.alloc(0);
  private step: Step;
  private format: PixelFormat = SERVER_FORMAT;
  private colours = paletteBytes(SERVER_FORMAT);
  private pending?: { incremental: boolean; rect: Rect };
  private dirty?: Rect;
  private held = new Set<number>();
  private left?: () => void;
  private challenge = randomBytes(16);

  constructor(private readonly socket: Socket, private readonly host: DisplayHost) {
    socket.setNoDelay(true);
    this.step = { need: 12, then: (b) => this.version(b) };
    socket.on('data', (d) => this.receive(d));
    socket.on('close', () => this.left?.());
    socket.on('error', () => socket.destroy());
    socket.write(VERSION);
  }

  /** The screen changed in `r`: send it now if the client is waiting for an update. */
  changed(r: Rect): void {
    this.dirty = union(this.dirty, r);
    this.flush();
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(d: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
    while (!this.socket.destroyed && this.buf.length >= this.step.need) {
      const step = this.step;
      const chunk = this.buf.subarray(0, step.need);
      this.buf = this.buf.subarray(step.need);
      step.then(chunk);
    }
  }

  private fail(reason: string): void {
    const text = Buffer.from(reason, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(text.length);
    this.socket.end(Buffer.concat([len, text]));
    this.step = { need: Infinity, then: () => undefined };
  }

  private version(b: Buffer): void {
    if (b.toString('latin1') !== VERSION) {
      this.socket.write(Buffer.from([0])); // no security types: the reason follows (7.1.2)
      return this.fail('Only RFB protocol version 3.8 is supported.');
    }
    this.socket.write(Buffer.from([1, SEC_VNC_AUTH]));
    this.step = { need: 1, then: (t) => this.securityType(t[0]) };
  }

  private securityType(type: number): void {
    if (type !== SEC_VNC_AUTH) return this.securityFailed('The display requires VNC authentication.');
    this.socket.write(this.challenge);
    this.step = { need: 16, then: (r) => this.authenticate(r) };
  }

  private securityFailed(reason: string): void {
    this.socket.write(Buffer.from([0, 0, 0, 1]));
    this.fail(reason);
  }

  private authenticate(response: Buffer): void {
    const ticket = this.host.ticket();
    if (!ticket) return this.securityFailed('Authentication failed: the console ticket has expired or was never set.');
    if (!timingSafeEqual(response, vncResponse(ticket.value, this.challenge))) return this.securityFailed('Authentication failed: wrong console ticket.');
    this.socket.write(Buffer.from([0, 0, 0, 0]));
    this.step = { need: 1, then: (s) => this.clientInit(ticket.userId, s[0] !== 0) };
  }

  private clientInit(userId: string, shared: boolean): void {
    const name = Buffer.from(this.host.name(), 'utf8');
    const head = Buffer.alloc(4);
    head.writeUInt16BE(WIDTH, 0);
    head.writeUInt16BE(HEIGHT, 2);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(name.length);
    this.socket.write(Buffer.concat([head, writePixelFormat(SERVER_FORMAT), len, name]));
    this.left = this.host.joined(this, userId, shared);
    this.awaitMessage();
  }

  private awaitMessage(): void {
    this.step = { need: 1, then: (t) => this.message(t[0]) };
  }

  private message(type: number): void {
    // Reads the message's fixed part; unless that set a further step (a variable-length tail), the next message.
    const next = (need: number, then: (b: Buffer) => void) => {
      const step: Step = { need, then: (b) => { then(b); if (this.step === step) this.awaitMessage(); } };
      this.step = step;
    };
    switch (type) {
      case 0: return next(19, (b) => this.setPixelFormat(readPixelFormat(b.subarray(3))));
      case 2: return next(3, (b) => { const n = b.readUInt16BE(1); if (n) this.step = { need: n * 4, then: () => this.awaitMessage() }; });
      case 3: return next(9, (b) => this.updateRequest(b[0] !== 0, { x: b.readUInt16BE(1), y: b.readUInt16BE(3), w: b.readUInt16BE(5), h: b.readUInt16BE(7) }));
      case 4: return next(7, (b) => this.keyEvent(b[0] !== 0, b.readUInt32BE(3)));
      case 5: return next(5, () => undefined);
      case 6: return next(7, (b) => {
        const n = b.readUInt32BE(3);
        if (n > MAX_CUT_TEXT) return this.close();
        if (n) this.step = { need: n, then: () => this.awaitMessage() };
      });
      default: return this.close();
    }
  }

  private setPixelFormat(pf: PixelFormat): void {
    const why = unsupported(pf);
    if (why) return this.close();
    this.format = pf;
    this.colours = paletteBytes(pf);
  }

  private updateRequest(incremental: boolean, rect: Rect): void {
    this.pending = { incremental, rect };
    if (!incremental) this.dirty = union(this.dirty, rect);
    this.flush();
  }

  private keyEvent(down: boolean, keysym: number): void {
    if (!down) return void this.held.delete(keysym);
    this.held.add(keysym);
    const holds = (keys: number[]) => keys.some((k) => this.held.has(k));
    if (KEY.del.includes(keysym) && holds(KEY.ctrl) && holds(KEY.alt)) this.host.ctrlAltDel();
    else if (!holds(KEY.ctrl) && !holds(KEY.alt)) this.host.key(keysym);
  }

  private flush(): void {
    if (!this.pending || !this.dirty) return;
    const r = intersect(this.dirty, this.pending.rect);
    if (!r) return;
    this.pending = undefined;
    this.dirty = undefined;
    this.socket.write(this.encode(r));
  }

  private encode(r: Rect): Buffer {
    const bpp = this.format.bitsPerPixel / 8;
    const out = Buffer.alloc(4 + 12 + r.w * r.h * bpp);
    out.writeUInt8(0, 0);
    out.writeUInt16BE(1, 2);
    out.writeUInt16BE(r.x, 4); out.writeUInt16BE(r.y, 6); out.writeUInt16BE(r.w, 8); out.writeUInt16BE(r.h, 10);
    out.writeInt32BE(0, 12); // Raw
    const pixels = this.host.pixels();
    let o = 16;
    for (let y = r.y; y < r.y + r.h; y++) {
      for (let x = r.x; x < r.x + r.w; x++) { this.colours[pixels[y * WIDTH + x]].copy(out, o); o += bpp; }
    }
    return out;
  }
}

function intersect(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x, 0);
  const y = Math.max(a.y, b.y, 0);
  const x2 = Math.min(a.x + a.w, b.x + b.w, WIDTH);
  const y2 = Math.min(a.y + a.h, b.y + b.h, HEIGHT);
  return x2 > x && y2 > y ? { x, y, w: x2 - x, h: y2 - y } : undefined;
}
