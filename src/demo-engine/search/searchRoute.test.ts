// Search over HTTP-shaped requests to the demo engine (routes/generic.ts listTop): the default case
// sensitivity (guide 7.3.6), `max` as the page size, events `from` (25.4.1) and the fault body.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { EngineFault } from '../faults';
import { runSearch } from './index';

const engine = createEngine({ vms: 40, now: () => Date.parse('2024-06-01T12:00:00Z') });
const authorization = `Basic ${btoa('admin@internal:ovirt')}`;

function get(path: string) {
  const res = engine.handle({ method: 'GET', url: `/ovirt-engine/api${path}`, headers: { authorization } });
  const names = [...res.body.matchAll(/<(?:vm|host|event) [^>]*id="([^"]+)"[^>]*>\s*(?:<[^>]+>\s*)*?<name>([^<]*)<\/name>/g)].map((m) => m[2]);
  const ids = [...res.body.matchAll(/<event [^>]*id="(\d+)"/g)].map((m) => Number(m[1]));
  return { status: res.status, body: res.body, names, ids };
}

describe('search through the engine', () => {
  it('is case-sensitive by default and insensitive with ;case-sensitive=false', () => {
    expect(get('/vms?search=name%3DWEB*').names).toEqual([]);
    const insensitive = get('/vms;case-sensitive=false?search=name%3DWEB*').names;
    expect(insensitive.length).toBeGreaterThan(0);
    expect(insensitive.every((n) => n.startsWith('web-'))).toBe(true);
    expect(get('/vms?search=name%3Dweb*').names).toEqual(insensitive);
  });

  it('pages by max when both are given, in name order', () => {
    const all = get('/vms?search=sortby%20name%20asc').names;
    expect(all).toHaveLength(43); // 40 seeded VMs and the pool's 3
    expect(all).toEqual([...all].sort());
    expect(get('/vms;max=10?search=sortby%20name%20asc%20page%202').names).toEqual(all.slice(10, 20));
    expect(get('/vms?search=sortby%20name%20asc%20page%201').names).toEqual(all.slice(0, 100));
  });

  it('answers an unknown field with a 400 fault', () => {
    const res = get('/vms?search=colour%3Dred');
    expect(res.status).toBe(400);
    expect(res.body).toContain('<reason>Operation Failed</reason>');
    expect(res.body).toContain('<detail>[$colour$=red]</detail>');
  });

  it('finds hosts running an up VM and VMs of a user (guide table 7.5)', () => {
    const hosts = get('/hosts?search=vms.status%3Dup').names;
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) expect(get(`/vms?search=host%3D${h}%20and%20status%3Dup`).names.length).toBeGreaterThan(0);
    expect(get('/vms?search=users.name%3Dmary').names.length).toBeGreaterThan(0);
  });
});

describe('events', () => {
  const all = get('/events').ids;

  it('lists newest first', () => {
    expect(all.length).toBeGreaterThan(5);
    expect(all).toEqual([...all].sort((a, b) => b - a));
  });

  it.each(['/events;from=%s', '/events?from=%s'])('%s keeps only later events', (template) => {
    const from = all[3];
    expect(get(template.replace('%s', String(from))).ids).toEqual(all.slice(0, 3));
  });

  it('combines from with a search (guide example 25.3)', () => {
    const from = all[all.length - 1];
    const found = get(`/events;from=${from}?search=severity%3Enormal`).ids;
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => id > from)).toBe(true);
    expect(get('/events?search=severity%3Enormal%20sortby%20time%20asc%20page%201').ids.length).toBe(found.length);
  });
});

describe('hostile input never crashes the search', () => {
  const store = engine.store;
  const vms = store.list('vms');
  const alphabet = ['a', 'name', 'status', 'up', '=', '!=', '<', '>=', '"', "'", '*', ' ', ' and ', ' or ', 'sortby ', 'page ',
    '1', ':', '.', '(', ')', '\\', '$', '^', '[', '?', '+', '{', '%', '\u0000', 'é', 'Vms:', 'hosts.', 'tag='];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

  it('answers every random query with results or a 400 fault', () => {
    for (let n = 0; n < 500; n++) {
      const query = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      try {
        expect(Array.isArray(runSearch('vms', vms, query, { store, caseSensitive: n % 2 === 0 }))).toBe(true);
      } catch (e) {
        expect(e, query).toBeInstanceOf(EngineFault);
        expect((e as EngineFault).status).toBe(400);
      }
    }
  });

  it.each([
    ['a long chain of conditions', `${'name=a* and '.repeat(3000)}name=b`],
    ['a long value', `name=${'x'.repeat(100_000)}`],
    ['a backtracking pattern', `name=${'*a'.repeat(2000)}*b`],
  ])('handles %s quickly', (_label, query) => {
    const t0 = performance.now();
    expect(runSearch('vms', vms, query, { store, caseSensitive: true })).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('caps the fault detail of a huge query', () => {
    try {
      runSearch('vms', vms, `colour=${'x'.repeat(10_000)}`, { store, caseSensitive: true });
      expect.unreachable();
    } catch (e) {
      expect((e as EngineFault).detail!.length).toBeLessThan(600);
    }
  });
});
