// Requests in flight, so the portal can say when the engine is slow and let the user give up waiting.
// Every request gets a time limit: a read that takes longer than READ_TIMEOUT_MS, or a write longer
// than WRITE_TIMEOUT_MS, is abandoned with a clear error (the engine may still finish a write: the task
// panel and events show what happened). No React here; components subscribe.
export const READ_TIMEOUT_MS = 30_000;
export const WRITE_TIMEOUT_MS = 90_000;

export type AbortCause = 'timeout' | 'cancelled';

export interface PendingRequest {
  readonly id: number;
  readonly method: string;
  readonly path: string;
  readonly startedAt: number;
  readonly timeoutMs: number;
  cancel(): void;
}

type Listener = () => void;
const inFlight = new Map<number, PendingRequest>();
const listeners = new Set<Listener>();
let snapshot: readonly PendingRequest[] = [];
let nextId = 1;

function changed(): void {
  snapshot = [...inFlight.values()];
  for (const l of listeners) l();
}

export const pendingRequests = {
  subscribe(l: Listener): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  list: (): readonly PendingRequest[] => snapshot,
};

export interface Tracked {
  signal: AbortSignal;
  timeoutMs: number;
  /** Why the request was aborted by the portal (not by the caller's own signal), if it was. */
  cause(): AbortCause | undefined;
  done(): void;
}

/** Registers a request; its signal aborts on the caller's signal, the time limit or the user's cancel. */
export function track(method: string, path: string, outer?: AbortSignal, timeoutMs = method === 'GET' ? READ_TIMEOUT_MS : WRITE_TIMEOUT_MS): Tracked {
  const controller = new AbortController();
  let cause: AbortCause | undefined;
  const abort = (why?: AbortCause) => {
    if (controller.signal.aborted) return;
    cause = why;
    controller.abort();
  };
  const onOuter = () => abort();
  if (outer?.aborted) abort();
  outer?.addEventListener('abort', onOuter);
  const timer = setTimeout(() => abort('timeout'), timeoutMs);
  const id = nextId++;
  inFlight.set(id, { id, method, path, startedAt: Date.now(), timeoutMs, cancel: () => abort('cancelled') });
  changed();
  return {
    signal: controller.signal,
    timeoutMs,
    cause: () => cause,
    done() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuter);
      if (inFlight.delete(id)) changed();
    },
  };
}
