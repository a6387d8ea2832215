// The schedule against the demo engine on a fake clock, with each store: a real SQLite database in a temp
// directory, and a real PostgreSQL cluster started for this file (steps shared out through pg-boss).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SECRETS } from '../../demo-engine/auth';
import { NO_POSTGRES, postgresBin, startCluster, type TestCluster } from '../testing/postgres';
import { KEY_FILE } from './credentials';
import { DB_FILE } from './db';
import { HOUR_MS } from './rules';
import { LOCKED_TIMEOUT_MS } from './steps';
import { ADMIN, grant, harness, MARY, PASSWORDS, snapshotsOf, vmIn, type Harness } from './testHarness';

const hasPostgres = !!postgresBin();
if (!hasPostgres) console.warn(NO_POSTGRES);
let cluster: TestCluster | undefined;
let databaseUrl: string | undefined;
beforeAll(async () => {
  if (!hasPostgres) return;
  cluster = await startCluster();
  databaseUrl = cluster.createDb('scheduler_test');
}, 60_000);
afterAll(() => cluster?.stop());

/** Empties the portal's tables (ids from 1 again) and pg-boss's jobs between tests. */
async function emptyPostgres(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query(`SELECT to_regclass('portal.requests') AS t, to_regclass('pgboss.job') AS j`);
  if (rows[0].t) await c.query('TRUNCATE portal.requests, portal.messages, portal.servers RESTART IDENTITY CASCADE');
  if (rows[0].j) await c.query('DELETE FROM pgboss.job');
  await c.end();
}

for (const kind of ['sqlite', 'postgres'] as const) {
describe.skipIf(kind === 'postgres' && !hasPostgres)(`with ${kind}`, () => {
let h: Harness;
beforeEach(async () => {
  if (kind === 'postgres') await emptyPostgres(databaseUrl!);
  h = await harness(kind === 'postgres' ? databaseUrl : undefined);
});
afterEach(async () => { await h.dispose(); });

const iso = (t: number) => new Date(t).toISOString();
const request = (who = ADMIN, change: Record<string, unknown> = {}) =>
  h.sr.service.create(who, { vm_id: h.engine.store.list('vms')[0].id, from_date: 'now', valid_for: 2, description: 'before upgrading', password: PASSWORDS[who.user], ...change });
const texts = async (id: number) => (await h.sr.requests.messages(id)).map((m) => `${m.level}: ${m.text}`);
const status = async (id: number) => (await h.sr.requests.get(id))!.status;
const reqRow = async (id: number) => (await h.sr.requests.get(id))!;

describe('a snapshot request', () => {
  it('takes the snapshot at its start, as the user, and deletes it at start + validity', async () => {
    const vm = vmIn(h.engine);
    const row = await request(MARY, { from_date: iso(h.engine.now() + HOUR_MS) });
    expect(row.status).toBe('submitted');
    await h.settle();
    expect(await status(row.id)).toBe('scheduled');
    expect(snapshotsOf(h.engine, vm.id)).toHaveLength(0);

    h.advance(HOUR_MS);
    await h.settle();
    const taken = (await reqRow(row.id));
    expect(taken.status).toBe('taken');
    expect(taken.action).toBe('Delete');
    const snaps = snapshotsOf(h.engine, vm.id);
    expect(snaps.map((s) => [s.id, s.description, s.snapshot_status])).toEqual([[taken.snap_id, 'before upgrading (SR-1)', 'ok']]);
    // The engine saw mary do it, with the correlation id the request recorded.
    const event = h.engine.store.list('events').find((e) => e.correlation_id === taken.task_id);
    expect(event?.description).toMatch(/initiated by mary@internal/);
    expect(taken.to_date - h.engine.now()).toBeGreaterThan(2 * HOUR_MS - 60_000);

    h.advance(2 * HOUR_MS);
    await h.settle();
    const done = (await reqRow(row.id));
    expect(done.status).toBe('deleted');
    expect(done.credential).toBeNull();
    expect(snapshotsOf(h.engine, vm.id)).toHaveLength(0);
    expect(await texts(row.id)).toEqual([
      expect.stringMatching(/^info: Requested by mary@internal/),
      expect.stringMatching(/^info: Snapshot SR-1 scheduled for/),
      expect.stringMatching(/^info: Asking the engine for snapshot SR-1 .* as mary@internal \(correlation id /),
      expect.stringMatching(/^info: The engine accepted snapshot SR-1/),
      `info: Snapshot created SR-1 (${taken.snap_id}): before upgrading`,
      expect.stringMatching(/^info: Snapshot delete has been scheduled to/),
      expect.stringMatching(/^info: Deleting snapshot SR-1 .* as mary@internal/),
      `info: Snapshot SR-1 (${taken.snap_id}) deleted.`,
    ]);
  });

  it('is cancelled before it runs and then never touches the engine', async () => {
    const vm = vmIn(h.engine);
    const row = await request(MARY, { from_date: iso(h.engine.now() + HOUR_MS) });
    await h.settle();
    expect((await h.sr.service.cancel(MARY, row.id)).status).toBe('cancelled');
    h.advance(2 * HOUR_MS);
    await h.settle();
    expect(await status(row.id)).toBe('cancelled');
    expect((await reqRow(row.id)).credential).toBeNull();
    expect(snapshotsOf(h.engine, vm.id)).toHaveLength(0);
    await expect(h.sr.service.cancel(MARY, row.id)).rejects.toThrow(/only a request that has not run/);
  });

  it('deletes the snapshot early on request', async () => {
    const vm = vmIn(h.engine);
    const row = await request(ADMIN, { valid_for: 72 });
    await h.settle();
    expect(await status(row.id)).toBe('taken');
    await h.sr.service.deleteNow(ADMIN, row.id);
    await h.settle();
    expect(await status(row.id)).toBe('deleted');
    expect(snapshotsOf(h.engine, vm.id)).toHaveLength(0);
  });

  it("shows users only their own requests; administrators see everyone's", async () => {
    const mine = await request(MARY);
    const admins = await request(ADMIN);
    expect((await h.sr.service.list(MARY)).map((r) => r.id)).toEqual([mine.id]);
    expect((await h.sr.service.list(ADMIN)).map((r) => r.id)).toEqual([admins.id, mine.id]);
    await expect(h.sr.service.get(MARY, admins.id)).rejects.toThrow(/No such snapshot request/);
    await expect(h.sr.service.cancel(MARY, admins.id)).rejects.toThrow(/No such snapshot request/);
  });
});

describe("the user's own authority", () => {
  it('acts through the user API and is refused what the user may not do: no snapshot without the permit', async () => {
    const vm = vmIn(h.engine);
    h.engine.store.remove('permissions', grant(h.engine, 'mary@internal', vm.id, 'UserVmManager').id);
    grant(h.engine, 'mary@internal', vm.id, 'UserRole'); // may see and run the VM, not snapshot it
    const row = await request(MARY);
    expect(row.user_api).toBe(1);
    await h.settle();
    expect(await status(row.id)).toBe('failed');
    expect((await texts(row.id)).at(-1)).toMatch(/^error: The engine did not take the snapshot: Operation Failed: \[User is not authorized/);
    expect(snapshotsOf(h.engine, vm.id)).toHaveLength(0);
  });

  it('cannot even ask about a VM the user holds nothing on', async () => {
    const theirs = h.engine.store.list('vms').find((v) => !h.engine.store.list('permissions').some((p) => p.vm?.id === v.id))!;
    await expect(request(MARY, { vm_id: theirs.id })).rejects.toMatchObject({ fields: { vm_id: expect.stringMatching(/No such virtual machine/) } });
  });
});

describe('checks at creation', () => {
  it('refuses a wrong password next to the password field, and stores nothing', async () => {
    await expect(request(MARY, { password: 'not-marys' })).rejects.toMatchObject({ fields: { password: expect.stringMatching(/did not accept/) } });
    expect(await h.sr.service.list(ADMIN)).toEqual([]);
  });

  it('refuses a VM the engine does not know', async () => {
    await expect(request(ADMIN, { vm_id: 'no-such-vm' })).rejects.toMatchObject({ fields: { vm_id: expect.stringMatching(/No such virtual machine/) } });
  });

  it('refuses a VM whose state does not allow a snapshot now, accepts it for later with a warning', async () => {
    await expect(request(ADMIN, { vm_id: vmIn(h.engine, 'migrating').id })).rejects.toMatchObject({ fields: { vm_id: expect.stringMatching(/migrating/) } });
    const later = await h.sr.service.create(ADMIN, { vm_id: vmIn(h.engine, 'migrating').id, from_date: iso(h.engine.now() + 5 * HOUR_MS), valid_for: 1, description: 'x', password: 'ovirt' });
    expect(await texts(later.id)).toContainEqual(expect.stringMatching(/^warning: The VM is migrating/));
  });

  it('keeps the password sealed: not in the database; the key file is private (or shared configuration)', async () => {
    await request(MARY, { password: 'mary' });
    let bytes: string;
    if (kind === 'sqlite') {
      bytes = readFileSync(join(h.dir, DB_FILE)).toString('latin1') + readFileSync(join(h.dir, `${DB_FILE}-wal`)).toString('latin1');
      expect(statSync(join(h.dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    } else {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      const { rows } = await c.query('SELECT * FROM portal.requests');
      await c.end();
      bytes = rows.map((r) => Object.values(r).map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') : String(v))).join('|')).join('\n');
      expect(() => statSync(join(h.dir, KEY_FILE))).toThrow(); // the key is configuration, not in a data directory
    }
    expect(bytes).toContain('mary@internal');
    expect(bytes).not.toMatch(/"password":"mary"|mary@internal:mary/);
  });

  it("fails, doing nothing, when the user's password no longer works at start time", async () => {
    const vm = vmIn(h.engine);
    const row = await request(MARY, { from_date: iso(h.engine.now() + HOUR_MS) });
    const mary = h.engine.store.list('users').find((u) => u.user_name === 'mary@internal')!;
    h.engine.store.get(SECRETS, mary.id)!.password = 'changed';
    h.advance(HOUR_MS);
    await h.settle();
    expect(await status(row.id)).toBe('failed');
    expect((await texts(row.id)).at(-1)).toMatch(/^error: Could not read the VM as mary@internal: The engine did not accept/);
    expect(snapshotsOf(h.engine, vm.id)).toHaveLength(0);
  });
});

describe('after a restart', () => {
  it('takes what came due while the server was down, and says so', async () => {
    const vm = vmIn(h.engine);
    const row = await request(MARY, { from_date: iso(h.engine.now() + HOUR_MS) });
    await h.settle();
    const sr = await h.restart(3 * HOUR_MS);
    await sr.start();
    await h.settle();
    expect(await status(row.id)).toBe('taken');
    expect(snapshotsOf(h.engine, vm.id)).toHaveLength(1);
    expect(await texts(row.id)).toContainEqual(expect.stringMatching(/^info: The portal server started at .*; resuming this request \(scheduled\)/));
    expect(await texts(row.id)).toContainEqual(expect.stringMatching(/^warning: The start time .* came while the portal server was down; taking the snapshot late/));
    // Taken late, it still lives its full validity from when it was taken.
    expect((await reqRow(row.id)).to_date).toBeGreaterThanOrEqual(h.engine.now() + 2 * HOUR_MS - 60_000);
  });

  it('deletes what expired while the server was down, and says so', async () => {
    const vm = vmIn(h.engine);
    const row = await request(ADMIN);
    await h.settle();
    expect(await status(row.id)).toBe('taken');
    const sr = await h.restart(5 * HOUR_MS);
    await sr.start();
    await h.settle();
    expect(await status(row.id)).toBe('deleted');
    expect(snapshotsOf(h.engine, vm.id)).toHaveLength(0);
    expect(await texts(row.id)).toContainEqual(expect.stringMatching(/^warning: The deletion time .* came while the portal server was down; deleting late/));
  });
});

describe('never deletes a snapshot it did not create', () => {
  const foreign = (vmId: string, description: string) =>
    h.engine.store.put(`vms/${vmId}/snapshots`, { id: `foreign-${description.length}`, description, type: 'regular', snapshot_status: 'ok', vm: { id: vmId } });

  it('leaves the VM’s other snapshots alone, and is done when its own was removed by someone else', async () => {
    const vm = vmIn(h.engine);
    const row = await request(ADMIN);
    await h.settle();
    const other = foreign(vm.id, 'kept by the user');
    h.engine.store.remove(`vms/${vm.id}/snapshots`, (await reqRow(row.id)).snap_id!);
    h.advance(3 * HOUR_MS);
    await h.settle();
    expect(await status(row.id)).toBe('deleted');
    expect((await texts(row.id)).at(-1)).toMatch(/^warning: Snapshot .* was already gone/);
    expect(snapshotsOf(h.engine, vm.id).map((s) => s.id)).toEqual([other.id]);
  });

  it('refuses to delete its snapshot id once it carries another description', async () => {
    const vm = vmIn(h.engine);
    const row = await request(ADMIN);
    await h.settle();
    const snap = h.engine.store.get(`vms/${vm.id}/snapshots`, (await reqRow(row.id)).snap_id!)!;
    snap.description = 'someone else’s now';
    h.advance(3 * HOUR_MS);
    await h.settle();
    expect(await status(row.id)).toBe('failed');
    expect(snapshotsOf(h.engine, vm.id).map((s) => s.id)).toEqual([snap.id]);
  });

  /** As if a server died after recording "taking" (before or after its POST reached the engine). */
  async function diedWhileTaking(id: number, engineTook: number) {
    await h.sr.requests.change(id, 'scheduled', 'taking', { task_id: 'lost-correlation', asked_on: h.engine.now() }, []);
    for (let i = 0; i < engineTook; i++) await engineTakes();
  }

  async function engineTakes() {
    const auth = `Basic ${Buffer.from('admin@internal:ovirt').toString('base64')}`;
    const vmId = h.engine.store.list('vms')[0].id;
    const res = await h.transport({ method: 'POST', path: `/vms/${vmId}/snapshots`, headers: { Authorization: auth, Version: '3', 'Content-Type': 'application/xml' },
      body: '<snapshot><description>before upgrading (SR-1)</description></snapshot>' });
    expect(res.status).toBeLessThan(300);
  }

  it('goes on with the snapshot the engine took for a server that stopped before recording it, and deletes it once', async () => {
    const vm = vmIn(h.engine);
    const row = await request(ADMIN, { from_date: iso(h.engine.now() + HOUR_MS) });
    await h.settle();
    await diedWhileTaking(row.id, 1);
    const [taken] = snapshotsOf(h.engine, vm.id);
    const sr = await h.restart(HOUR_MS);
    await sr.start();
    await h.settle();
    expect(await status(row.id)).toBe('taken');
    expect((await reqRow(row.id)).snap_id).toBe(taken.id);
    expect(snapshotsOf(h.engine, vm.id).map((s) => s.id)).toEqual([taken.id]); // not taken twice
    expect(await texts(row.id)).toContainEqual(expect.stringMatching(/^warning: The server that asked for snapshot SR-1 \(correlation id lost-correlation\) stopped before recording the engine's answer; the engine did take it/));
    h.advance(3 * HOUR_MS);
    await h.settle();
    expect(await status(row.id)).toBe('deleted');
    expect(snapshotsOf(h.engine, vm.id)).toEqual([]);
  });

  it('asks again when the server stopped before the engine got the request; an older look-alike is left alone', async () => {
    const vm = vmIn(h.engine);
    const row = await request(ADMIN, { from_date: iso(h.engine.now() + HOUR_MS) });
    await h.settle();
    const lookalike = foreign(vm.id, 'before upgrading (SR-1)'); // no date from after the asking: not this request's
    await diedWhileTaking(row.id, 0);
    const sr = await h.restart(HOUR_MS);
    await sr.start();
    await h.settle();
    expect(await status(row.id)).toBe('taken');
    const mine = (await reqRow(row.id)).snap_id;
    expect(mine).not.toBe(lookalike.id);
    expect(snapshotsOf(h.engine, vm.id).map((s) => s.id).sort()).toEqual([lookalike.id, mine].sort());
    expect(await texts(row.id)).toContainEqual(expect.stringMatching(/stopped before the engine took it; asking again/));
    h.advance(3 * HOUR_MS);
    await h.settle();
    expect(await status(row.id)).toBe('deleted');
    expect(snapshotsOf(h.engine, vm.id).map((s) => s.id)).toEqual([lookalike.id]);
  });

  it('adopts and deletes nothing when two snapshots carry the marker', async () => {
    const vm = vmIn(h.engine);
    const row = await request(ADMIN, { from_date: iso(h.engine.now() + HOUR_MS) });
    await h.settle();
    await diedWhileTaking(row.id, 2);
    const twins = snapshotsOf(h.engine, vm.id).map((s) => s.id);
    expect(twins).toHaveLength(2);
    const sr = await h.restart(10 * HOUR_MS);
    await sr.start();
    await h.settle();
    expect(await status(row.id)).toBe('failed');
    expect((await texts(row.id)).at(-1)).toMatch(/2 snapshots carry "before upgrading \(SR-1\)".*deletes none of them/);
    expect(snapshotsOf(h.engine, vm.id).map((s) => s.id)).toEqual(twins);
  });
});
describe('a snapshot the engine keeps locked', () => {
  /** Makes the engine keep this request's snapshot locked from now on, whatever its own schedule says. */
  const keepLocked = (vmId: string) => {
    const store = h.engine.store;
    const put = store.put.bind(store);
    const stick = <T extends object>(e: T): T => Object.defineProperty(e, 'snapshot_status', { get: () => 'locked', set: () => {}, configurable: true });
    for (const snap of snapshotsOf(h.engine, vmId)) stick(snap);
    store.put = (key, entity) => (key === `vms/${vmId}/snapshots` && String(entity.description).includes('(SR-') ? stick(put(key, entity)) : put(key, entity));
  };

  it('while being taken: the request fails after the timeout with what is left on the engine, and asks for no second one', async () => {
    const vm = vmIn(h.engine);
    keepLocked(vm.id);
    const row = await request(ADMIN, { vm_id: vm.id });
    await h.settle();
    expect(await status(row.id)).toBe('taking');
    h.advance(LOCKED_TIMEOUT_MS);
    await h.settle();
    expect(await status(row.id)).toBe('failed');
    expect((await texts(row.id)).at(-1)).toMatch(/^error: Snapshot SR-\d+ \(.+\) of .+ stayed locked for \d+ minutes after the engine accepted it; the request stops waiting and will not delete it\./);
    expect(snapshotsOf(h.engine, vm.id)).toHaveLength(1);
  });

  it('while being deleted: the request fails after the timeout with a message', async () => {
    const vm = vmIn(h.engine);
    const row = await request(ADMIN, { vm_id: vm.id });
    await h.settle();
    expect(await status(row.id)).toBe('taken');
    // The engine locks the snapshot to remove it, and never gets there.
    const store = h.engine.store;
    const remove = store.remove.bind(store);
    store.remove = (key, id) => (key === `vms/${vm.id}/snapshots` ? false : remove(key, id));
    h.advance(2 * HOUR_MS);
    await h.settle();
    expect(await status(row.id)).toBe('deleting');
    h.advance(LOCKED_TIMEOUT_MS);
    await h.settle();
    expect(await status(row.id)).toBe('failed');
    expect((await texts(row.id)).at(-1)).toMatch(/^error: Snapshot SR-\d+ \(.+\) of .+ stayed locked for \d+ minutes while the engine deleted it; the request stops waiting/);
  });
});
});
}
