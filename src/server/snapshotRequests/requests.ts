// The requests table and its messages. Every change goes through `change`, one transaction that checks
// the request is still in the state the caller saw (a cancel and the scheduler cannot both win), checks
// the move is allowed, writes the new state and its messages, and wipes the credential once the request
// is over.
import type { Db } from './db';
import { actionOf, canMove, TERMINAL, type Action, type Status } from './rules';

export interface RequestRow {
  id: number;
  user: string;
  vm_id: string;
  vm_name: string;
  from_date: number;
  valid_for: number;
  to_date: number;
  description: string;
  status: Status;
  action: Action;
  snap_id: string | null;
  task_id: string | null;
  delete_task_id: string | null;
  credential: Buffer | null;
  /** 1: the user is not an engine administrator and reads through `Filter: true` (guide: user-level API). */
  user_api: number;
  created_on: number;
  updated_on: number;
}

export type Level = 'info' | 'warning' | 'error';
export interface Message { at: number; level: Level; text: string }
export type Note = [Level, string];

export type Patch = Partial<Pick<RequestRow, 'snap_id' | 'task_id' | 'delete_task_id' | 'to_date' | 'vm_name'>>;

export class StaleRequest extends Error {}

export class Requests {
  constructor(private readonly db: Db, private readonly now: () => number) {}

  create(r: Pick<RequestRow, 'user' | 'vm_id' | 'vm_name' | 'from_date' | 'valid_for' | 'to_date' | 'description' | 'credential' | 'user_api'>, notes: Note[]): RequestRow {
    return this.db.transaction(() => {
      const at = this.now();
      const { lastInsertRowid } = this.db.prepare(
        `INSERT INTO requests (user, vm_id, vm_name, from_date, valid_for, to_date, description, status, action, credential, user_api, created_on, updated_on)
         VALUES (@user, @vm_id, @vm_name, @from_date, @valid_for, @to_date, @description, 'submitted', 'Create', @credential, @user_api, @at, @at)`,
      ).run({ ...r, at });
      const id = Number(lastInsertRowid);
      this.insertNotes(id, at, notes);
      return this.get(id)!;
    })();
  }

  get(id: number): RequestRow | undefined {
    return this.db.prepare('SELECT * FROM requests WHERE id = ?').get(id) as RequestRow | undefined;
  }

  list(filter: { user?: string; vmId?: string } = {}): RequestRow[] {
    const where: string[] = [];
    if (filter.user !== undefined) where.push('user = @user');
    if (filter.vmId !== undefined) where.push('vm_id = @vmId');
    const sql = `SELECT * FROM requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT 500`;
    return this.db.prepare(sql).all(filter) as RequestRow[];
  }

  /** Requests the scheduler still has work for, oldest first. */
  open(): RequestRow[] {
    return this.db.prepare(`SELECT * FROM requests WHERE status NOT IN ('deleted', 'failed', 'cancelled') ORDER BY id`).all() as RequestRow[];
  }

  messages(id: number): Message[] {
    return this.db.prepare('SELECT at, level, text FROM messages WHERE request_id = ? ORDER BY id').all(id) as Message[];
  }

  /** Moves request `id` from `from` to `to` (or stays, when `to` is undefined) with `notes`; throws StaleRequest if it moved meanwhile. */
  change(id: number, from: Status, to: Status | undefined, patch: Patch, notes: Note[]): RequestRow {
    return this.db.transaction(() => {
      const row = this.get(id);
      if (!row || row.status !== from) throw new StaleRequest(`request ${id} is no longer ${from}`);
      if (to !== undefined && to !== from && !canMove(from, to)) throw new Error(`request ${id}: ${from} → ${to} is not allowed`);
      const status = to ?? from;
      const at = this.now();
      const next = { ...row, ...patch, status, action: actionOf(status), updated_on: at };
      if (TERMINAL.has(status)) next.credential = null;
      this.db.prepare(
        `UPDATE requests SET status = @status, action = @action, snap_id = @snap_id, task_id = @task_id,
           delete_task_id = @delete_task_id, to_date = @to_date, vm_name = @vm_name, credential = @credential,
           updated_on = @updated_on WHERE id = @id`,
      ).run(next);
      this.insertNotes(id, at, notes);
      return this.get(id)!;
    })();
  }

  private insertNotes(id: number, at: number, notes: Note[]): void {
    const insert = this.db.prepare('INSERT INTO messages (request_id, at, level, text) VALUES (?, ?, ?, ?)');
    for (const [level, text] of notes) insert.run(id, at, level, text);
  }
}
