import { describe, expect, it } from 'vitest';
import { buildVvFile, iniValue, parseVvFile, vvFileName, VvError } from './vvFile';

const spice = { type: 'spice', address: 'host1.demo.example.com', port: 5987, secure_port: 6087 };

describe('buildVvFile', () => {
  it('writes a SPICE console with host, ports, password and the hand-over settings', () => {
    const text = buildVvFile({ vmName: 'web-001', display: { ...spice, certificate: { subject: 'O=demo,CN=host1' } }, password: 'Tk3x9' });
    expect(text.split('\n')[0]).toBe('[virt-viewer]');
    expect(text.endsWith('\n')).toBe(true);
    expect(parseVvFile(text)).toEqual({
      type: 'spice', host: 'host1.demo.example.com', port: '5987', 'tls-port': '6087', password: 'Tk3x9',
      title: 'web-001:%d - Press SHIFT+F12 to Release Cursor', 'delete-this-file': '1', fullscreen: '0',
      'toggle-fullscreen': 'shift+f11', 'release-cursor': 'shift+f12', 'secure-attention': 'ctrl+alt+end',
      'host-subject': 'O=demo,CN=host1', 'secure-channels': 'main;inputs;cursor;playback;record;display;smartcard;usbredir',
      'tls-ciphers': 'DEFAULT', 'enable-smartcard': '0',
    });
  });

  it('writes VNC without TLS or SPICE-only keys', () => {
    const kv = parseVvFile(buildVvFile({ vmName: 'db', display: { type: 'vnc', address: '10.0.0.5', port: '5901' }, password: 'p', options: { fullscreen: true } }));
    expect(kv).toMatchObject({ type: 'vnc', host: '10.0.0.5', port: '5901', password: 'p', fullscreen: '1', 'delete-this-file': '1' });
    expect(Object.keys(kv)).not.toContain('tls-port');
    expect(Object.keys(kv)).not.toContain('secure-channels');
  });

  it('a TLS-only SPICE display (port -1) has no plain port; the CA goes on one line with \\n escapes', () => {
    const kv = parseVvFile(buildVvFile({ vmName: 'x', display: { ...spice, port: -1 }, password: 'p',
      options: { ca: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' } }));
    expect(kv.port).toBeUndefined();
    expect(kv['tls-port']).toBe('6087');
    expect(kv.ca).toBe('-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----');
  });

  it('a line break in a name cannot inject a key of its own', () => {
    const text = buildVvFile({ vmName: 'evil\npassword=own', display: spice, password: 'real' });
    expect(parseVvFile(text).password).toBe('real');
    expect(text.split('\n').filter((l) => l.startsWith('password='))).toEqual(['password=real']);
    expect(iniValue('a\r\nb')).toBe('a b');
  });

  it('refuses a VM without a console address, a ticket, or a known protocol', () => {
    expect(() => buildVvFile({ vmName: 'down', display: { type: 'spice' }, password: 'p' })).toThrow(/no console address/);
    expect(() => buildVvFile({ vmName: 'a', display: spice, password: '' })).toThrow(VvError);
    expect(() => buildVvFile({ vmName: 'a', display: { ...spice, type: 'rdp' }, password: 'p' })).toThrow(/rdp/);
  });
});

describe('vvFileName', () => {
  it.each([['web-001', 'web-001.vv'], ['my vm/2', 'my_vm_2.vv'], ['../etc', 'etc.vv'], ['', 'console.vv']])('%j → %j', (n, f) => expect(vvFileName(n)).toBe(f));
});
