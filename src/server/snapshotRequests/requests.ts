// The requests table and its messages in SQLite (better-sqlite3, synchronous; wrapped in promises to
// share the RequestStore interface with PostgreSQL). See store.ts for what `change` guarantees.
import type { Db } from './db';
import { actionOf, canMove, TERMINAL, type Status } from './rules';
import { nextRow, StaleRequest, type Message, type NewRequest, type Note, type Patch, type RequestRow, type RequestStore } from './store';

export type { Level, Message, Note, Patch, RequestRow } from './store';
export { StaleRequest } from './store';

export class SqliteRequests implements RequestStore {
  constructor(private readonly db: Db, private readonly now: () => number, readonly serverId: string) {}

  async create(r: NewRequest, notes: Note[]): Promise<RequestRow> {
    return this.db.transaction(() => {
      const at = this.now();
      const { lastInsertRowid } = this.db.prepare(
        `INSERT INTO requests (user, vm_id, vm_name, from_date, valid_for, to_date, description, status, action, credential, user_api, created_on, updated_on)
         VALUES (@user, @vm_id, @vm_name, @from_date, @valid_for, @to_date, @description, 'submitted', 'Create', @credential, @user_api, @at, @at)`,
      ).run({ ...r, at });
      const id = Number(lastInsertRowid);
      this.insertNotes(id, at, notes);
      return this.row(id)!;
    })();
  }

  async get(id: number): Promise<RequestRow | undefined> {
    return this.row(id);
  }

  private row(id: number): RequestRow | undefined {
    return this.db.prepare('SELECT * FROM requests WHERE id = ?').get(id) as RequestRow | undefined;
  }

  async list(filter: { user?: string; vmId?: string } = {}): Promise<RequestRow[]> {
    const where: string[] = [];
    if (filter.user !== undefined) where.push('user = @user');
    if (filter.vmId !== undefined) where.push('vm_id = @vmId');
    const sql = `SELECT * FROM requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT 500`;
    return this.db.prepare(sql).all(filter) as RequestRow[];
  }

  async open(): Promise<RequestRow[]> {
    return this.db.prepare(`SELECT * FROM requests WHERE status NOT IN ('deleted', 'failed', 'cancelled') ORDER BY id`).all() as RequestRow[];
  }

  async messages(id: number): Promise<Message[]> {
    return this.db.prepare('SELECT at, level, text, server FROM messages WHERE request_id = ? ORDER BY id').all(id) as Message[];
  }

  async change(id: number, from: Status, to: Status | undefined, patch: Patch, notes: Note[]): Promise<RequestRow> {
    return this.db.transaction(() => {
      const row = this.row(id);
      if (!row || row.status !== from) throw new StaleRequest(`request ${id} is no longer ${from}`);
      if (to !== undefined && to !== from && !canMove(from, to)) throw new Error(`request ${id}: ${from} → ${to} is not allowed`);
      const status = to ?? from;
      const at = this.now();
      const next = nextRow(row, status, actionOf(status), patch, at, TERMINAL.has(status));
      this.db.prepare(
        `UPDATE requests SET status = @status, action = @action, snap_id = @snap_id, task_id = @task_id,
           delete_task_id = @delete_task_id, to_date = @to_date, vm_name = @vm_name, credential = @credential,
           asked_on = @asked_on, updated_on = @updated_on WHERE id = @id`,
      ).run(next);
      this.insertNotes(id, at, notes);
      return this.row(id)!;
    })();
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private insertNotes(id: number, at: number, notes: Note[]): void {
    const insert = this.db.prepare('INSERT INTO messages (request_id, at, level, text, server) VALUES (?, ?, ?, ?, ?)');
    for (const [level, text] of notes) insert.run(id, at, level, text, this.serverId);
  }
}
