// A user's SSH public key (RSDL users/{id}/sshpublickeys): add with content, read, replace, remove.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0wmN/Cr3JXqmLW7u+g9pTh+wyqDHpSQEIQczXkVx9q mary@laptop';
const list = (x: any) => (Array.isArray(x) ? x : x ? [x] : []);
const body = (content: string) => `<ssh_public_key><content>${content}</content></ssh_public_key>`;

describe('SSH public keys', () => {
  it('adds a key with its content; the key is then listed, replaced and removed', () => {
    const w = wireEngine();
    const user = w.engine.store.list('users').find((u) => u.user_name === 'mary@internal')!;
    const base = `/users/${user.id}/sshpublickeys`;
    const added = w.post(base, body(KEY));
    expect(added.status).toBe(201);
    const path = `${base}/${added.xml.id}`;
    expect(w.get(path).xml.content).toBe(KEY);
    expect(w.get(path).xml.user.id).toBe(user.id);
    expect(list(w.get(base).xml.ssh_public_key).map((k: any) => k.id)).toEqual([added.xml.id]);
    const other = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 mary@desk';
    expect(w.put(path, body(other)).xml.content).toBe(other);
    expect(w.get(path).xml.content).toBe(other);
    expect(w.del(path).status).toBe(200);
    expect(w.get(path).status).toBe(404);
  });

  it('names the missing content, refuses a key OpenSSH cannot read and a second key', () => {
    const w = wireEngine();
    const base = `/users/${w.engine.store.list('users')[0].id}/sshpublickeys`;
    expect(w.post(base, '<ssh_public_key/>').xml.detail).toBe('SshPublicKey [content] required for add');
    expect(w.post(base, body('not a key')).status).toBe(400);
    expect(w.post(base, body(KEY)).status).toBe(201);
    expect(w.post(base, body(KEY)).xml.detail).toMatch(/already exists/);
    const [{ id }] = list(w.get(base).xml.ssh_public_key);
    expect(w.put(`${base}/${id}`, body('garbage')).status).toBe(400);
  });
});
