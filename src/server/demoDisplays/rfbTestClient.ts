// A minimal RFB 3.8 client for tests: over a TCP socket or a WebSocket (through the portal's console proxy),
// it does the handshake and VNC authentication, asks for updates, keeps the framebuffer and sends keys.
import { vncResponse } from './des';
import { readScreen } from './readScreen';

export interface BytePipe { write(b: Buffer): void; onData(f: (b: Buffer) => void): void; onClose(f: () => void): void; close(): void }

export class RfbTestClient {
  private buf: Buffer = Buffer.alloc(0);
  private wake?: () => void;
  closed = false;
  width = 0;
  height = 0;
  name = '';
  private fb = new Uint32Array(0);

  constructor(private readonly pipe: BytePipe) {
    pipe.onData((b) => { this.buf = Buffer.concat([this.buf, b]); this.wake?.(); });
    pipe.onClose(() => { this.closed = true; this.wake?.(); });
  }

  async read(n: number, timeoutMs = 5000): Promise<Buffer> {
    const until = Date.now() + timeoutMs;
    while (this.buf.length < n) {
      if (this.closed) throw new Error(`closed after ${this.buf.length} of ${n} bytes`);
      if (Date.now() > until) throw new Error(`timed out waiting for ${n} bytes`);
      await new Promise<void>((r) => { this.wake = r; setTimeout(r, 50); });
    }
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  private async reason(): Promise<string> {
    const len = (await this.read(4)).readUInt32BE(0);
    return (await this.read(len)).toString('utf8');
  }

  /** Version, security type 2, the DES response to the challenge, ClientInit (shared), ServerInit. */
  async handshake(password: string): Promise<{ ok: true } | { ok: false; reason: string }> {
    const version = (await this.read(12)).toString('latin1');
    if (version !== 'RFB 003.008\n') throw new Error(`unexpected version ${JSON.stringify(version)}`);
    this.pipe.write(Buffer.from(version, 'latin1'));
    const count = (await this.read(1))[0];
    if (count === 0) return { ok: false, reason: await this.reason() };
    const types = [...(await this.read(count))];
    if (!types.includes(2)) throw new Error(`no VNC authentication among ${types}`);
    this.pipe.write(Buffer.from([2]));
    const challenge = await this.read(16);
    this.pipe.write(vncResponse(password, challenge));
    if ((await this.read(4)).readUInt32BE(0) !== 0) return { ok: false, reason: await this.reason() };
    this.pipe.write(Buffer.from([1]));
    const init = await this.read(24);
    this.width = init.readUInt16BE(0);
    this.height = init.readUInt16BE(2);
    this.name = (await this.read(init.readUInt32BE(20))).toString('utf8');
    this.fb = new Uint32Array(this.width * this.height);
    return { ok: true };
  }

  /** Sends FramebufferUpdateRequest and applies the update that answers it (server format: 32 bpp xRGB). */
  async update(incremental = false): Promise<void> {
    const req = Buffer.alloc(10);
    req.writeUInt8(3, 0); req.writeUInt8(incremental ? 1 : 0, 1);
    req.writeUInt16BE(this.width, 6); req.writeUInt16BE(this.height, 8);
    this.pipe.write(req);
    const head = await this.read(4);
    if (head[0] !== 0) throw new Error(`unexpected message ${head[0]}`);
    for (let n = head.readUInt16BE(2); n > 0; n--) {
      const r = await this.read(12);
      const [x, y, w, h] = [r.readUInt16BE(0), r.readUInt16BE(2), r.readUInt16BE(4), r.readUInt16BE(6)];
      if (r.readInt32BE(8) !== 0) throw new Error('not Raw encoding');
      const px = await this.read(w * h * 4);
      for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) this.fb[(y + j) * this.width + x + i] = px.readUInt32LE((j * w + i) * 4) & 0xffffff;
    }
  }

  key(keysym: number): void {
    for (const down of [1, 0]) {
      const b = Buffer.alloc(8);
      b.writeUInt8(4, 0); b.writeUInt8(down, 1); b.writeUInt32BE(keysym, 4);
      this.pipe.write(b);
    }
  }

  type(text: string): void {
    for (const ch of text) this.key(ch === '\n' ? 0xff0d : ch.charCodeAt(0));
  }

  text(): string[] {
    return readScreen(this.width, this.height, (x, y) => this.fb[y * this.width + x]);
  }

  close(): void {
    this.pipe.close();
  }
}
