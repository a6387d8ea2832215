// Every change the user asks for, as a task: what was asked, its Correlation-Id (guide 7.4.10) and its
// state until the engine reports the result. Kept in sessionStorage so the panel survives a reload;
// request bodies (which may hold passwords or tickets) stay in memory only.
export type TaskState = 'running' | 'pending' | 'in_progress' | 'complete' | 'failed';

export interface TaskTarget {
  /** API collection segment (`vms`), for links and cache invalidation. */
  collection: string;
  id?: string;
  name?: string;
}

export interface Task {
  /** The Correlation-Id sent with the request; engine events carry it as `correlation_id`. */
  id: string;
  label: string;
  method: string;
  path: string;
  target?: TaskTarget;
  state: TaskState;
  startedAt: number;
  finishedAt?: number;
  /** Async action or creation status href being polled (guide 7.3.11, 7.4.7). */
  statusHref?: string;
  error?: { reason: string; detail: string };
}

const STORAGE_KEY = 'portal.tasks';
const MAX_TASKS = 200;
type Listener = () => void;

function load(): Task[] {
  try {
    const raw = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(STORAGE_KEY);
    const parsed = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((t) => t && typeof t.id === 'string') : [];
  } catch {
    return [];
  }
}

class TaskStore {
  private tasks: Task[] = load();
  private listeners = new Set<Listener>();
  /** In memory only: how to run a task again (the body may be secret). */
  private retries = new Map<string, () => Promise<unknown>>();

  list = (): Task[] => this.tasks;
  get = (id: string): Task | undefined => this.tasks.find((t) => t.id === id);

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  upsert(task: Task, retry?: () => Promise<unknown>): void {
    const rest = this.tasks.filter((t) => t.id !== task.id);
    this.tasks = [task, ...rest].slice(0, MAX_TASKS);
    if (retry) this.retries.set(task.id, retry);
    this.changed();
  }

  update(id: string, patch: Partial<Task>): void {
    this.tasks = this.tasks.map((t) => (t.id === id ? { ...t, ...patch } : t));
    this.changed();
  }

  retryOf = (id: string): (() => Promise<unknown>) | undefined => this.retries.get(id);

  clearFinished(): void {
    this.tasks = this.tasks.filter((t) => !isFinished(t));
    this.changed();
  }

  /** Log out: forget everything. */
  reset(): void {
    this.tasks = [];
    this.retries.clear();
    this.changed();
  }

  private changed(): void {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(this.tasks));
    } catch {
      /* storage full or unavailable: the panel still works for this page */
    }
    for (const l of this.listeners) l();
  }
}

export const isFinished = (t: Task): boolean => t.state === 'complete' || t.state === 'failed';

export const taskStore = new TaskStore();
