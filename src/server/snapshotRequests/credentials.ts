// The credential a request acts with: the requesting user's own `user@domain:password`, typed by the user
// when they make the request, checked against the engine at once, and kept only until the request is over
// (wiped when it is deleted, failed or cancelled). At rest it is sealed with AES-256-GCM; the key is a random
// 32 bytes in `<data dir>/credential.key`, created with mode 0600, or shared configuration when several
// servers share a database (`CREDENTIAL_KEY`: 64 hex digits or base64 of 32 bytes; or `CREDENTIAL_KEY_FILE`),
// so that any of them can act on a request another accepted.
//
// Trade-off: key and ciphertext live on the same disk, so whoever can read the data directory as the
// server's user can recover the passwords of pending requests. What the sealing buys: the database file
// alone (a backup, a copy attached to a bug report) reveals nothing, and GCM makes a tampered row fail
// instead of acting as someone else. A v3 engine has no delegation token that outlives its 30-minute
// session, so a password is the only thing that lets the scheduler act, days later, as that user and
// with exactly that user's permissions on the engine (never the server's or an administrator's).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const KEY_FILE = 'credential.key';

export interface Credential { user: string; password: string }

export interface Sealer {
  seal(c: Credential): Buffer;
  open(sealed: Buffer): Credential;
}

export function loadKey(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  const key = readFileSync(file);
  if (key.length !== 32) throw new Error(`${file} must hold 32 bytes`);
  return key;
}

/** A key given as text: 64 hex digits or the base64 of 32 bytes. */
export function parseKey(text: string, origin: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error(`${origin} must be 32 bytes: 64 hex digits or base64 (e.g. "openssl rand -hex 32")`);
  return key;
}

/** The key from CREDENTIAL_KEY or CREDENTIAL_KEY_FILE (32 raw bytes, or the key as text), if configured. */
export function configuredKey(env: { key?: string; keyFile?: string }): Buffer | undefined {
  if (env.key) return parseKey(env.key, 'CREDENTIAL_KEY');
  if (!env.keyFile) return undefined;
  const bytes = readFileSync(env.keyFile);
  return bytes.length === 32 ? bytes : parseKey(bytes.toString('utf8'), `CREDENTIAL_KEY_FILE ${env.keyFile}`);
}

export function sealer(key: Buffer): Sealer {
  return {
    seal({ user, password }) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify({ user, password }), 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      const text = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
      return JSON.parse(text) as Credential;
    },
  };
}

/** `Authorization: Basic` for a credential (guide 2.2: user@domain:password). */
export const basicAuth = ({ user, password }: Credential) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
