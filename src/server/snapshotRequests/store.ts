// What the scheduler, the service and the API need of the requests' storage, whichever it is: SQLite in
// the data directory (one server, the default) or PostgreSQL (`DATABASE_URL`, shared by many servers).
// Every change goes through `change`, one transaction that checks the request is still in the state the
// caller saw (a cancel and the scheduler cannot both win), checks the move is allowed, writes the new
// state and its messages (each marked with the server that wrote it), and wipes the credential once the
// request is over.
import type { Action, Status } from './rules';

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
  /** When the engine was last asked to take or delete the snapshot (engine clock). */
  asked_on: number | null;
  created_on: number;
  updated_on: number;
}

export type Level = 'info' | 'warning' | 'error';
export interface Message { at: number; level: Level; text: string; server: string | null }
export type Note = [Level, string];

export type NewRequest = Pick<RequestRow, 'user' | 'vm_id' | 'vm_name' | 'from_date' | 'valid_for' | 'to_date' | 'description' | 'credential' | 'user_api'>;
export type Patch = Partial<Pick<RequestRow, 'snap_id' | 'task_id' | 'delete_task_id' | 'to_date' | 'vm_name' | 'asked_on'>>;

export class StaleRequest extends Error {}

export interface RequestStore {
  /** The server id written with every message (`server` in the request's history). */
  readonly serverId: string;
  create(r: NewRequest, notes: Note[]): Promise<RequestRow>;
  get(id: number): Promise<RequestRow | undefined>;
  list(filter?: { user?: string; vmId?: string }): Promise<RequestRow[]>;
  /** Requests the scheduler still has work for, oldest first. */
  open(): Promise<RequestRow[]>;
  messages(id: number): Promise<Message[]>;
  /** Moves request `id` from `from` to `to` (or stays, when `to` is undefined) with `notes`; throws StaleRequest if it moved meanwhile. */
  change(id: number, from: Status, to: Status | undefined, patch: Patch, notes: Note[]): Promise<RequestRow>;
  /** Answers when the database does (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The row after a change: the patch, the status and its action, the time; no credential once over. */
export function nextRow(row: RequestRow, status: Status, action: Action, patch: Patch, at: number, terminal: boolean): RequestRow {
  const next = { ...row, ...patch, status, action, updated_on: at };
  if (terminal) next.credential = null;
  return next;
}
