// @vitest-environment node
// Two portal servers on one PostgreSQL (a cluster of its own in a temporary directory) and one demo
// engine (an HTTP server here, which both reach through their ENGINE_URL proxy). Requests are made on one
// server; the servers share the steps through pg-boss. When the engine has taken the first snapshot, the
// server that asked for it is killed with SIGKILL before it hears the answer. The other finishes
// everything: every snapshot is taken once and deleted once, and the history says which server did what.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../demo-engine/engine';
import { freePort, NO_POSTGRES, postgresBin, startCluster, type TestCluster } from './testing/postgres';

const hasPostgres = !!postgresBin();
if (!hasPostgres) console.warn(NO_POSTGRES);

const engine = createEngine({ vms: 8, clockSpeed: 20 }); // snapshot locks pass 20x faster
const calls: { method: string; path: string; status: number; server: string }[] = [];
const servers = new Map<string, { proc: ChildProcess; base: string }>();
let killed: string | undefined;
let armed = false;
let engineServer: Server;
let cluster: TestCluster;
let dir = '';

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

async function startEngine(): Promise<number> {
  const port = await freePort();
  engineServer = createServer(async (req, res) => {
    const body = await readBody(req);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    const out = engine.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers, body });
    const server = /\(server (\w+)\)/.exec(String(req.headers['user-agent'] ?? ''))?.[1] ?? '';
    if (/\/snapshots(\/[^/]+)?$/.test(req.url ?? '') && req.method !== 'GET') {
      calls.push({ method: req.method!, path: req.url!, status: out.status, server });
      // The engine took the first snapshot; the server that asked dies before it hears so.
      if (armed && !killed && req.method === 'POST' && out.status < 300 && servers.has(server)) {
        killed = server;
        servers.get(server)!.proc.kill('SIGKILL');
        await new Promise((r) => setTimeout(r, 200));
        res.destroy();
        return;
      }
    }
    res.writeHead(out.status, out.headers).end(out.body);
  });
  await new Promise<void>((r) => engineServer.listen(port, '127.0.0.1', r));
  return port;
}

async function startPortal(id: string, env: Record<string, string>): Promise<void> {
  const port = await freePort();
  const data = join(dir, `data-${id}`);
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--dist', join(dir, 'dist'), '--data', data],
    { env: { ...process.env, ...env, SERVER_ID: id, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  servers.set(id, { proc, base });
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`portal server ${id} did not get ready`);
}

beforeAll(async () => {
  if (!hasPostgres) return;
  dir = mkdtempSync(join(tmpdir(), 'two-servers-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><div id="root"></div>');
  cluster = await startCluster();
  const env = {
    DATABASE_URL: cluster.createDb('portal'),
    ENGINE_URL: `http://127.0.0.1:${await startEngine()}/ovirt-engine/api`,
    CREDENTIAL_KEY: 'ab'.repeat(32),
  };
  // Together: the schema migrations of both (the portal's and pg-boss's) run under advisory locks.
  await Promise.all([startPortal('A', env), startPortal('B', env)]);
}, 90_000);

afterAll(async () => {
  for (const { proc } of servers.values()) if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  engineServer?.close();
  cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function logIn(base: string): Promise<string> {
  const res = await fetch(`${base}/ovirt-engine/api/`, { headers: { Version: '3', Prefer: 'persistent-auth', Authorization: `Basic ${btoa('admin@internal:ovirt')}` } });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

const api = (base: string, cookie: string, path = '', init: RequestInit = {}) =>
  fetch(`${base}/portal/api/snapshot-requests${path}`, { ...init, headers: { Cookie: cookie, 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json' } })
    .then((r) => r.json());

interface Doc { id: number; status: string; snapshot: { snap_id: string }; messages: { text: string; server: string }[] }

async function until(base: string, cookie: string, done: (rows: Doc[]) => boolean, what: string): Promise<Doc[]> {
  for (let i = 0; i < 300; i++) {
    const rows = (await api(base, cookie)).data as Doc[];
    if (done(rows)) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(!hasPostgres)('two portal servers on one PostgreSQL', () => {
  it('take and delete every snapshot exactly once, though one server is killed mid-step', async () => {
    const vms = engine.store.list('vms').filter((v) => ['up', 'down'].includes(String(v.status?.state))).slice(0, 6);
    const cookies = { A: await logIn(servers.get('A')!.base), B: await logIn(servers.get('B')!.base) };
    // All due together a moment from now, made on both servers at once; the kill is armed once all exist.
    const start = new Date(Date.now() + 6000).toISOString();
    const ids = await Promise.all(vms.map(async (vm, i) => {
      const who = i % 2 ? 'B' : 'A';
      const res = await api(servers.get(who)!.base, cookies[who], '', { method: 'POST', body: JSON.stringify({ vm_id: vm.id, from_date: start, valid_for: 1, description: `two servers ${i}`, password: 'ovirt' }) });
      return res.data.id as number;
    }));
    armed = true;
    expect(ids).toHaveLength(vms.length);
    expect(calls).toEqual([]); // nothing taken before the start time

    // Whichever server the engine's first snapshot came from is dead; the other one is left.
    const waitKilled = Date.now();
    while (!killed && Date.now() - waitKilled < 20_000) await new Promise((r) => setTimeout(r, 50));
    expect(killed).toBeDefined();
    const survivor = killed === 'A' ? 'B' : 'A';
    const { base } = servers.get(survivor)!;
    const cookie = cookies[survivor];
    const taken = await until(base, cookie, (rows) => rows.length === ids.length && rows.every((r) => r.status === 'Taken'), 'every request taken');

    for (const id of ids) await api(base, cookie, `/${id}/delete-snapshot`, { method: 'POST' });
    const deleted = await until(base, cookie, (rows) => rows.every((r) => r.status === 'Deleted'), 'every snapshot deleted');

    // The engine took each request's snapshot once and deleted it once.
    const posts = calls.filter((c) => c.method === 'POST' && c.status < 300);
    const deletes = calls.filter((c) => c.method === 'DELETE' && c.status < 300);
    expect(posts).toHaveLength(ids.length);
    expect(deletes).toHaveLength(ids.length);
    expect(new Set(deletes.map((d) => d.path.split('/').pop())).size).toBe(ids.length);
    expect(new Set(deletes.map((d) => d.path.split('/').pop()))).toEqual(new Set(taken.map((r) => r.snapshot.snap_id)));
    for (const vm of vms) expect(engine.store.list(`vms/${vm.id}/snapshots`).filter((s) => /\(SR-\d+\)$/.test(String(s.description)))).toEqual([]);

    // The request whose server died: asked by the dead one, picked up by the survivor, said so.
    const orphan = deleted.find((r) => r.messages.some((m) => /stopped before recording the engine's answer; the engine did take it/.test(m.text)))!;
    expect(orphan).toBeDefined();
    expect(orphan.messages.find((m) => m.text.startsWith('Asking the engine for snapshot'))!.server).toBe(killed);
    expect(orphan.messages.find((m) => /the engine did take it/.test(m.text))!.server).toBe(survivor);
    expect(orphan.messages.at(-1)!.server).toBe(survivor);
  }, 60_000);
});
