// A `.vv` file for remote-viewer (virt-viewer's INI format, section `[virt-viewer]`), built from a VM's
// `display` element (guide 15.1: type, address, port, secure_port, proxy, certificate subject) and a console
// ticket (guide 15.7.12). Pure: no DOM, no I/O. Nothing of the portal session (no JSESSIONID, no `[ovirt]`
// section) goes into the file, only what the console needs, and remote-viewer deletes it after reading.

export interface VvDisplay {
  type?: string;
  address?: string;
  port?: string | number;
  secure_port?: string | number;
  proxy?: string;
  certificate?: { subject?: string };
  smartcard_enabled?: boolean | string;
}

export interface VvOptions {
  fullscreen?: boolean;
  /** remote-viewer removes the file once read (default true: the password should not linger on disk). */
  deleteThisFile?: boolean;
  /** PEM of the engine CA (SPICE TLS), written with `\n` escapes as remote-viewer expects. */
  ca?: string;
  /** Overrides the display certificate's subject for `host-subject`. */
  hostSubject?: string;
  toggleFullscreen?: string;
  releaseCursor?: string;
  secureAttention?: string;
}

export interface VvInput {
  vmName: string;
  display: VvDisplay;
  /** The ticket value: the console password. */
  password: string;
  options?: VvOptions;
}

export class VvError extends Error {}

const SPICE_CHANNELS = 'main;inputs;cursor;playback;record;display;smartcard;usbredir';

/** One INI value on one line: a name or address with a line break must not start a key of its own. */
export function iniValue(v: string | number | boolean): string {
  const s = typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
  return s.replace(/[\r\n]+/g, ' ');
}

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim());

/** The display's protocol: `spice` or `vnc` (anything else is refused: remote-viewer only knows these). */
export function displayType(display: VvDisplay): 'spice' | 'vnc' {
  const t = text(display.type).toLowerCase();
  if (t === 'spice' || t === 'vnc') return t;
  throw new VvError(t ? `remote-viewer cannot open a ${t} display` : 'The virtual machine has no display type');
}

/** The `.vv` file text (lines end with `\n`). Throws VvError when the VM has no console address (not running). */
export function buildVvFile({ vmName, display, password, options = {} }: VvInput): string {
  const type = displayType(display);
  const host = text(display.address);
  const port = text(display.port);
  const tlsPort = text(display.secure_port);
  if (!host || (!port && !tlsPort)) throw new VvError(`${vmName} has no console address: is it running?`);
  if (!password) throw new VvError('A console ticket is needed for the password');
  const lines: [string, string | number | boolean][] = [['type', type], ['host', host]];
  if (port && port !== '-1') lines.push(['port', port]);
  if (type === 'spice' && tlsPort && tlsPort !== '-1') lines.push(['tls-port', tlsPort]);
  lines.push(
    ['password', password],
    ['title', `${vmName}:%d - Press ${(options.releaseCursor ?? 'shift+f12').toUpperCase()} to Release Cursor`],
    ['delete-this-file', options.deleteThisFile ?? true],
    ['fullscreen', options.fullscreen ?? false],
    ['toggle-fullscreen', options.toggleFullscreen ?? 'shift+f11'],
    ['release-cursor', options.releaseCursor ?? 'shift+f12'],
    ['secure-attention', options.secureAttention ?? 'ctrl+alt+end'],
  );
  if (type === 'spice') {
    const subject = text(options.hostSubject) || text(display.certificate?.subject);
    if (subject) lines.push(['host-subject', subject]);
    if (tlsPort && tlsPort !== '-1') lines.push(['secure-channels', SPICE_CHANNELS], ['tls-ciphers', 'DEFAULT']);
    if (options.ca?.trim()) lines.push(['ca', options.ca.trim().replace(/\r?\n/g, '\\n')]);
    lines.push(['enable-smartcard', display.smartcard_enabled === true || display.smartcard_enabled === 'true']);
    const proxy = text(display.proxy);
    if (proxy) lines.push(['proxy', proxy]);
  }
  return `[virt-viewer]\n${lines.map(([k, v]) => `${k}=${iniValue(v)}`).join('\n')}\n`;
}

/** A file name from the VM name (only characters every file system accepts). */
export function vvFileName(vmName: string): string {
  const safe = vmName.replace(/[^\w.-]+/g, '_').replace(/^[._]+/, '') || 'console';
  return `${safe}.vv`;
}

/** Reads a `.vv` text back into key → value (for tests and for showing what a file holds). */
export function parseVvFile(textIn: string): Record<string, string> {
  const out: Record<string, string> = {};
  let section = '';
  for (const line of textIn.split(/\r?\n/)) {
    const sec = /^\[(.+)\]$/.exec(line.trim());
    if (sec) {
      section = sec[1];
      continue;
    }
    const eq = line.indexOf('=');
    if (section === 'virt-viewer' && eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}
