// After a reload the task list comes back from sessionStorage; tasks that were still being followed
// resume polling their status href (guide 7.3.11). A task whose request was cut off before any answer
// cannot be followed: it is marked as unknown so it does not spin forever.
import { isApiError } from '../api';
import { pollStatus } from './pollStatus';
import { isFinished, taskStore } from './taskStore';

let resumed = false;

export function resumeTasks(): void {
  if (resumed) return;
  resumed = true;
  for (const t of taskStore.list().filter((x) => !isFinished(x))) {
    if (!t.statusHref) {
      taskStore.update(t.id, {
        state: 'failed', finishedAt: Date.now(),
        error: { reason: 'Result unknown', detail: 'The page was reloaded before the engine answered; its events (by correlation id) tell what happened.' },
      });
      continue;
    }
    pollStatus(t.statusHref, (state) => taskStore.update(t.id, { state }), { firstDelayMs: 500 })
      .then((o) => taskStore.update(t.id, { state: o.state, error: o.fault, finishedAt: Date.now() }))
      .catch((e) => taskStore.update(t.id, {
        state: 'failed', finishedAt: Date.now(),
        error: isApiError(e) ? { reason: e.reason, detail: e.detail } : { reason: 'Status check failed', detail: String(e) },
      }));
  }
}
