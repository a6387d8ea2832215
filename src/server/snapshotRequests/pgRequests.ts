// The requests and their messages in PostgreSQL, shared by every portal server on the same database.
// Besides the RequestStore operations: `due` (what some server should do now), `withLock` (a session-level
// advisory lock on one request, so exactly one server works on it at a time; PostgreSQL drops it when the
// holder's connection ends, even after `kill -9`), and the servers' register (who is alive).
import pg from 'pg';
import { LOCK_SPACE, migratePg } from './pgSchema';
import { actionOf, canMove, TERMINAL, type Status } from './rules';
import { nextRow, StaleRequest, type Message, type NewRequest, type Note, type Patch, type RequestRow, type RequestStore } from './store';

const COLUMNS = `id, "user", vm_id, vm_name, from_date, valid_for, to_date, description, status, action, snap_id, task_id,
  delete_task_id, credential, user_api, asked_on, created_on, updated_on`;
/** A server that has not ticked for this long is taken for dead. */
const ALIVE_SECONDS = 15;

// bigint columns hold milliseconds and ids, well inside a double's exact range.
const types = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format as 'text')) };

export async function openPg(url: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 6, types: types as pg.CustomTypesConfig });
  pool.on('error', () => {}); // an idle client's lost connection: the next query reconnects
  await migratePg(pool);
  return pool;
}

export class PgRequests implements RequestStore {
  constructor(private readonly pool: pg.Pool, private readonly now: () => number, readonly serverId: string) {}

  private async tx<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await work(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  create(r: NewRequest, notes: Note[]): Promise<RequestRow> {
    return this.tx(async (c) => {
      const at = this.now();
      const { rows } = await c.query<RequestRow>(
        `INSERT INTO portal.requests ("user", vm_id, vm_name, from_date, valid_for, to_date, description, status, action, credential, user_api, created_on, updated_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted', 'Create', $8, $9, $10, $10) RETURNING ${COLUMNS}`,
        [r.user, r.vm_id, r.vm_name, r.from_date, r.valid_for, r.to_date, r.description, r.credential, r.user_api, at],
      );
      await this.insertNotes(c, rows[0].id, at, notes);
      return rows[0];
    });
  }

  async get(id: number): Promise<RequestRow | undefined> {
    return (await this.pool.query<RequestRow>(`SELECT ${COLUMNS} FROM portal.requests WHERE id = $1`, [id])).rows[0];
  }

  async list(filter: { user?: string; vmId?: string } = {}): Promise<RequestRow[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.user !== undefined) where.push(`"user" = $${args.push(filter.user)}`);
    if (filter.vmId !== undefined) where.push(`vm_id = $${args.push(filter.vmId)}`);
    const sql = `SELECT ${COLUMNS} FROM portal.requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT 500`;
    return (await this.pool.query<RequestRow>(sql, args)).rows;
  }

  async open(): Promise<RequestRow[]> {
    return (await this.pool.query<RequestRow>(`SELECT ${COLUMNS} FROM portal.requests WHERE status NOT IN ('deleted', 'failed', 'cancelled') ORDER BY id`)).rows;
  }

  /** Ids of the requests with a step due at `now`: new ones, those between asking the engine and seeing it done, and those whose start or end came. */
  async due(now: number): Promise<number[]> {
    const { rows } = await this.pool.query<{ id: number }>(
      `SELECT id FROM portal.requests WHERE status IN ('submitted', 'taking', 'deleting')
         OR (status = 'scheduled' AND from_date <= $1) OR (status = 'taken' AND to_date <= $1) ORDER BY id LIMIT 200`, [now]);
    return rows.map((r) => r.id);
  }

  async messages(id: number): Promise<Message[]> {
    return (await this.pool.query<Message>('SELECT at, level, text, server FROM portal.messages WHERE request_id = $1 ORDER BY id', [id])).rows;
  }

  change(id: number, from: Status, to: Status | undefined, patch: Patch, notes: Note[]): Promise<RequestRow> {
    return this.tx(async (c) => {
      const row = (await c.query<RequestRow>(`SELECT ${COLUMNS} FROM portal.requests WHERE id = $1 FOR UPDATE`, [id])).rows[0];
      if (!row || row.status !== from) throw new StaleRequest(`request ${id} is no longer ${from}`);
      if (to !== undefined && to !== from && !canMove(from, to)) throw new Error(`request ${id}: ${from} → ${to} is not allowed`);
      const status = to ?? from;
      const at = this.now();
      const n = nextRow(row, status, actionOf(status), patch, at, TERMINAL.has(status));
      const { rows } = await c.query<RequestRow>(
        `UPDATE portal.requests SET status = $2, action = $3, snap_id = $4, task_id = $5, delete_task_id = $6, to_date = $7,
           vm_name = $8, credential = $9, asked_on = $10, updated_on = $11 WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, n.status, n.action, n.snap_id, n.task_id, n.delete_task_id, n.to_date, n.vm_name, n.credential, n.asked_on, n.updated_on],
      );
      await this.insertNotes(c, id, at, notes);
      return rows[0];
    });
  }

  /** Runs `work` holding request `id`'s advisory lock; answers false, doing nothing, when another server holds it. */
  async withLock(id: number, work: () => Promise<void>): Promise<boolean> {
    const c = await this.pool.connect();
    try {
      const { rows } = await c.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [LOCK_SPACE, id]);
      if (!rows[0].ok) return false;
      try {
        await work();
      } finally {
        await c.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_SPACE, id]);
      }
      return true;
    } finally {
      c.release();
    }
  }

  /** Notes this server as alive; answers the earliest start among the servers alive now (itself included). */
  async heartbeat(startedOn: number): Promise<{ aliveSince: number; alone: boolean }> {
    await this.pool.query(
      `INSERT INTO portal.servers (id, started_on, seen_at) VALUES ($1, $2, now()) ON CONFLICT (id) DO UPDATE SET seen_at = now()`,
      [this.serverId, startedOn]);
    const { rows } = await this.pool.query<{ since: number; n: number }>(
      `SELECT min(started_on) AS since, count(*)::int AS n FROM portal.servers WHERE seen_at > now() - make_interval(secs => $1)`, [ALIVE_SECONDS]);
    return { aliveSince: rows[0].since, alone: rows[0].n <= 1 };
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.query('DELETE FROM portal.servers WHERE id = $1', [this.serverId]).catch(() => {});
    await this.pool.end();
  }

  private async insertNotes(c: pg.PoolClient, id: number, at: number, notes: Note[]): Promise<void> {
    for (const [level, text] of notes) {
      await c.query('INSERT INTO portal.messages (request_id, at, level, text, server) VALUES ($1, $2, $3, $4, $5)', [id, at, level, text, this.serverId]);
    }
  }
}
