// Test harness: a demo engine on a fake clock, reached through the same transport interface the server
// uses (the engine's `handle` instead of HTTP), and snapshot requests in a temporary data directory (SQLite)
// or a PostgreSQL database (with pg-boss sharing out the steps), that can be closed and opened again like a
// server restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type DemoEngine } from '../../demo-engine/engine';
import type { EngineTransport } from './engineClient';
import { createSnapshotRequests, type SnapshotRequests } from './index';

export const ADMIN = { user: 'admin@internal', admin: true };
export const MARY = { user: 'mary@internal', admin: false };
export const PASSWORDS: Record<string, string> = { 'admin@internal': 'ovirt', 'mary@internal': 'mary' };

export type StoreKind = 'sqlite' | 'postgres';
/** The credential key servers share with PostgreSQL (a test value). */
export const TEST_KEY = Buffer.alloc(32, 7);

export interface Harness {
  kind: StoreKind;
  engine: DemoEngine;
  transport: EngineTransport;
  dir: string;
  sr: SnapshotRequests;
  /** Moves the wall (and so the engine) clock forward. */
  advance(ms: number): void;
  /** Closes the requests side and opens it again on the same data directory (the engine keeps running). */
  restart(downMs?: number): Promise<SnapshotRequests>;
  /** Runs the scheduler until nothing changes, letting the engine's own jobs (snapshot locks) finish. */
  settle(): Promise<void>;
  dispose(): Promise<void>;
}

/** `databaseUrl`: a fresh PostgreSQL database (its tables emptied), else SQLite in a temporary directory. */
export async function harness(databaseUrl?: string): Promise<Harness> {
  let wall = Date.parse('2026-03-01T08:00:00Z');
  const engine = createEngine({ now: () => wall, vms: 6, seed: 1 });
  // mary may manage snapshots of the first VM (UserVmManager), as an administrator would grant it.
  grant(engine, 'mary@internal', engine.store.list('vms')[0].id, 'UserVmManager');
  const transport: EngineTransport = async ({ method, path, headers, body }) => {
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    const out = engine.handle({ method, url: `${engine.mount}${path}`, headers: lower, body });
    return { status: out.status, body: out.body };
  };
  const dir = mkdtempSync(join(tmpdir(), 'sr-test-'));
  let n = 0;
  const open = () => createSnapshotRequests({
    dataDir: dir, now: engine.now, transport, intervalMs: 3_600_000, databaseUrl,
    credentialKey: databaseUrl ? TEST_KEY : undefined, serverId: `test-${++n}`, log: () => {},
  });
  const sr = await open();
  if (databaseUrl) await sr.start(); // the shared work (pg-boss) runs the steps; its timer ticks once an hour here
  const h: Harness = {
    kind: databaseUrl ? 'postgres' : 'sqlite',
    engine, transport, dir, sr,
    advance(ms) { wall += ms; engine.advance(); },
    async restart(downMs = 0) {
      await h.sr.close();
      h.advance(downMs);
      h.sr = await open();
      return h.sr;
    },
    async settle() {
      for (let i = 0; i < 5; i++) {
        await h.sr.scheduler.tick();
        await h.sr.settled();
        h.advance(5_000);
      }
    },
    async dispose() {
      await h.sr.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** Gives `user` the role `roleName` on VM `vmId`; returns the permission. */
export function grant(engine: DemoEngine, user: string, vmId: string, roleName: string) {
  const u = engine.store.list('users').find((x) => x.user_name === user)!;
  const role = engine.store.list('roles').find((r) => r.name === roleName)!;
  return engine.store.put('permissions', { id: `grant-${user}-${vmId}-${roleName}`, role: { id: role.id }, user: { id: u.id }, vm: { id: vmId } });
}

/** The first VM of the seeded inventory, switched to `state`. */
export function vmIn(engine: DemoEngine, state = 'down') {
  const vm = engine.store.list('vms')[0];
  vm.status = { state };
  return vm;
}

export const snapshotsOf = (engine: DemoEngine, vmId: string) => engine.store.list(`vms/${vmId}/snapshots`).filter((s) => s.type !== 'active');
