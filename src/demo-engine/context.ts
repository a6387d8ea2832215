// What a route handler gets: the request, the engine's state and services, the authenticated user.
import type { ParsedUrl } from './url';
import type { Store } from './store';
import type { Entity, EngineRequest } from './types';
import type { Scheduler } from './scheduler';
import type { JobDraft } from './jobs/tracker';

export interface EngineEvent {
  code: number;
  severity: 'normal' | 'warning' | 'error' | 'alert';
  description: string;
  /** Entities the event is about, by element name: `{ vm: id, host: id }`. */
  refs?: Record<string, string>;
  correlationId?: string;
}

export interface Ctx {
  req: EngineRequest;
  url: ParsedUrl;
  store: Store;
  scheduler: Scheduler;
  /** Mount path, e.g. `/ovirt-engine/api`. */
  base: string;
  user: Entity;
  /** `Filter: true` (guide: user-level API): only what the user has permissions on. */
  filtered: boolean;
  correlationId?: string;
  now(): number;
  emit(event: EngineEvent): void;
  /** Path params from the route pattern (`:id`). */
  params: Record<string, string>;
  /** The job of the command being run (jobs/tracker.ts), while it runs. */
  job?: JobDraft;
}
