// The one way the portal changes something on the engine: the request goes out with its own
// Correlation-Id, appears in the task panel, async answers are followed to their end, and the caches of
// the collection it touched are refreshed. Errors are rethrown so a form or dialog can show them inline.
import { isApiError, prepareRequest, request, type ApiResponse, type Method, type PreparedRequest, type RequestOptions } from '../api';
import type { XmlObject } from '../xsd/parse';
import { pollStatus, stateOf, statusHrefOf } from './pollStatus';
import { taskStore, type TaskTarget } from './taskStore';

export interface TaskRequest {
  /** What the user asked, in words: "Start vm01", "Remove disk data1". */
  label: string;
  method: Exclude<Method, 'GET'>;
  path: string;
  body?: { root: string; value: XmlObject };
  target?: TaskTarget;
  /** guide 7.4.6: make a creation synchronous. */
  expectCreated?: boolean;
}

export interface TaskResult {
  /** The task's Correlation-Id; `taskStore.get(id)` holds the engine's fault when `done` gives 'failed'. */
  id: string;
  response: ApiResponse;
  /** Resolves when the engine reports the end (at once for synchronous answers). */
  done: Promise<'complete' | 'failed'>;
}

/** Called after every task ends; the query layer registers cache invalidation here. */
let onSettled: (t: TaskRequest) => void = () => {};
export function setTaskSettledHandler(fn: (t: TaskRequest) => void): void {
  onSettled = fn;
}

/** The request options a task sends: one function, so what "Copy as API call" shows is what runTask sends. */
const taskOptions = (req: TaskRequest, correlationId: string): RequestOptions =>
  ({ method: req.method, body: req.body, correlationId, expectCreated: req.expectCreated });

/** The wire form of a task's request, as runTask would send it (with `correlationId` as its id). */
export const prepareTask = (req: TaskRequest, correlationId = newCorrelationId()): Promise<PreparedRequest> =>
  prepareRequest(req.path, taskOptions(req, correlationId));

function newCorrelationId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

export async function runTask(req: TaskRequest): Promise<TaskResult> {
  const id = newCorrelationId();
  const startedAt = Date.now();
  taskStore.upsert(
    { id, label: req.label, method: req.method, path: req.path, target: req.target, state: 'running', startedAt },
    () => runTask(req),
  );
  const finish = (state: 'complete' | 'failed', error?: { reason: string; detail: string }) => {
    taskStore.update(id, { state, error, finishedAt: Date.now() });
    onSettled(req);
    return state;
  };
  let response: ApiResponse;
  try {
    response = await request(req.path, taskOptions(req, id));
  } catch (e) {
    const error = isApiError(e) ? { reason: e.reason, detail: e.detail } : { reason: 'Request failed', detail: String(e) };
    finish('failed', error);
    throw e;
  }
  const href = response.status === 202 ? statusHrefOf(response.root, response.value) : undefined;
  const immediate = stateOf(response.root, response.value);
  if (!href || immediate === 'complete' || immediate === 'failed') {
    return { id, response, done: Promise.resolve(finish(immediate === 'failed' ? 'failed' : 'complete')) };
  }
  taskStore.update(id, { state: immediate ?? 'pending', statusHref: href });
  const done = pollStatus(href, (state) => taskStore.update(id, { state }))
    .then((o) => finish(o.state, o.fault))
    .catch((e) => finish('failed', isApiError(e) ? { reason: e.reason, detail: e.detail } : { reason: 'Status check failed', detail: String(e) }));
  return { id, response, done };
}
