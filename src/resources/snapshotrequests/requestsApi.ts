// Client of the portal server's snapshot-requests API (src/server/snapshotRequests/api.ts): JSON over
// fetch with the portal's own HttpOnly session cookie. A 401 means the server does not know this browser
// (a restart, or the engine session ended): the login dialog asks again and the call is retried once,
// as the engine transport does (api/http.ts).
import { session } from '../../api/session';

export const API_PATH = '/portal/api/snapshot-requests';

export type RequestStatus = 'Submitted' | 'Scheduled' | 'Taking' | 'Taken' | 'Deleting' | 'Deleted' | 'Failed' | 'Cancelled';
/** `server`: the portal server that wrote it (several servers may share the work). */
export interface RequestMessage { at: string; level: 'info' | 'warning' | 'error'; text: string; server?: string | null }

export interface SnapshotRequest {
  id: number;
  action: 'Create' | 'Delete' | 'None';
  status: RequestStatus;
  created_on: string;
  updated_on: string;
  message: { errors: string[]; warnings: string[] };
  messages: RequestMessage[];
  snapshot: { name: string; snap_id: string | null; from_date: string; to_date: string; valid_for: number; description: string };
  task_id: string | null;
  user: { username: string };
  vm_name: string;
  vm_uuid: string;
  can_cancel: boolean;
  can_delete_now: boolean;
}

export interface Meta { user: string; admin: boolean; now: string }
export interface RequestList { data: SnapshotRequest[]; meta: Meta & { count: number } }
export interface NewRequest { vm_id: string; from_date: string; valid_for: number | string; description: string; password: string }
export interface Accepted { data: { id: number; state: string; message: string; _links: { request: string } } }

/** A refusal from the server: its sentence, and messages per form field (`from_date`, `valid_for`, ...). */
export class RequestError extends Error {
  constructor(readonly status: number, message: string, readonly fields: Record<string, string> = {}) {
    super(message);
    this.name = 'RequestError';
  }
}

async function call<T>(path: string, init: RequestInit = {}, retried = false): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${API_PATH}${path}`, {
      ...init,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    });
  } catch (e) {
    if (init.signal?.aborted) throw e;
    throw new RequestError(0, 'The portal server cannot be reached.');
  }
  const body = await res.json().catch(() => undefined);
  if (res.status === 401 && !retried) {
    await session.requireLogin();
    return call(path, init, true);
  }
  if (!res.ok) throw new RequestError(res.status, body?.error?.reason ?? `The portal server answered HTTP ${res.status}.`, body?.error?.fields ?? {});
  return body as T;
}

export const listRequests = (signal?: AbortSignal) => call<RequestList>('', { signal });
export const createRequest = (r: NewRequest) => call<Accepted>('', { method: 'POST', body: JSON.stringify(r) });
export const cancelRequest = (id: number) => call<{ data: SnapshotRequest }>(`/${id}`, { method: 'DELETE' });
export const deleteSnapshotNow = (id: number) => call<{ data: SnapshotRequest }>(`/${id}/delete-snapshot`, { method: 'POST' });

const OPEN: ReadonlySet<RequestStatus> = new Set(['Submitted', 'Scheduled', 'Taking', 'Taken', 'Deleting']);
export const isOpen = (r: SnapshotRequest) => OPEN.has(r.status);
