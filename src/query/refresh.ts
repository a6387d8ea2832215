// The refresh policy for lists (issue 7): the user's interval (5 s … 60 s or off, default 10 s, kept in
// localStorage: a preference, not a secret), slower while the tab is hidden, and a burst of 2 s refreshes
// for 20 s after any task starts, so the result of an action shows up without waiting a whole interval.
// Issue 12 (idle cost): at the user's interval only the change feed asks the engine what happened
// (`events;from=<newest>`, empty while idle); what the events name is refetched when they name it, so the
// queries they cover (cadence `signalled`) refresh by themselves only as a safety net, gauges (CPU and
// memory use) once a minute. A tab hidden longer than the background interval stops polling altogether
// and refreshes once when it is shown again.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { taskStore } from '../tasks';

export const REFRESH_CHOICES = [5_000, 10_000, 30_000, 60_000, 0] as const;
export type RefreshChoice = (typeof REFRESH_CHOICES)[number];
export const DEFAULT_REFRESH: RefreshChoice = 10_000;
export const BURST_INTERVAL = 2_000;
export const BURST_LENGTH = 20_000;
/** While hidden: five times slower, at least a minute apart; hidden longer than that, nothing at all. */
export const HIDDEN_FACTOR = 5;
export const HIDDEN_MIN = 60_000;
/** Gauges (usage bars, utilization): six intervals, at least a minute (at 10 s: once a minute). */
export const GAUGE_FACTOR = 6;
export const GAUGE_MIN = 60_000;
/** What the change feed covers, refetched anyway (changes no event names): 30 intervals, at least 5 min. */
export const SAFETY_FACTOR = 30;
export const SAFETY_MIN = 300_000;
const STORAGE_KEY = 'portal.refreshInterval';

/**
 * How a query follows the engine: `changes` at the user's interval (the change feed, and lists of what
 * events do not name); `signalled` refetched when an event names it, else at the safety interval;
 * `signalledUsage` likewise but carrying usage, so at the gauge interval; `gauge` at the gauge interval;
 * `followed` (an events feed the change feed fills) not at all. Without a working change feed, every
 * cadence but `gauge` falls back to the user's interval.
 */
export type Cadence = 'changes' | 'signalled' | 'signalledUsage' | 'gauge' | 'followed';

type Listener = () => void;

function loadChoice(): RefreshChoice {
  try {
    const n = Number(localStorage.getItem(STORAGE_KEY));
    return (REFRESH_CHOICES as readonly number[]).includes(n) && localStorage.getItem(STORAGE_KEY) !== null ? (n as RefreshChoice) : DEFAULT_REFRESH;
  } catch {
    return DEFAULT_REFRESH;
  }
}

class RefreshPolicy {
  private choice: RefreshChoice = loadChoice();
  private burstUntil = 0;
  private lastTaskStart = Math.max(0, ...taskStore.list().map((t) => t.startedAt));
  private burstTimer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<Listener>();
  private resumeListeners = new Set<(paused: boolean) => void>();
  private version = 0;
  private following = false;
  private hiddenSince: number | undefined = isHidden() ? Date.now() : undefined;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    taskStore.subscribe(() => this.onTasks());
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', () => this.onVisibility());
  }

  /** Called once when the tab is shown again; `paused` when it had stopped polling while hidden. */
  onResume = (l: (paused: boolean) => void): (() => void) => {
    this.resumeListeners.add(l);
    return () => this.resumeListeners.delete(l);
  };

  /** The change feed reports whether it follows the engine's events (it fails for some users or engines). */
  setFollowing(on: boolean): void {
    if (on === this.following) return;
    this.following = on;
    this.changed();
  }

  isFollowing = (): boolean => this.following;

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  /** Changes whenever the interval may have changed (for useSyncExternalStore). */
  snapshot = (): number => this.version;

  chosen = (): RefreshChoice => this.choice;

  choose(choice: RefreshChoice): void {
    this.choice = choice;
    try {
      localStorage.setItem(STORAGE_KEY, String(choice));
    } catch {
      /* private mode: the choice lasts for this page */
    }
    this.changed();
  }

  bursting = (now = Date.now()): boolean => now < this.burstUntil;

  /** The background interval: how often a hidden tab refreshes until it pauses. */
  background = (): number => Math.max(this.choice * HIDDEN_FACTOR, HIDDEN_MIN);

  /** The refetch interval of a query of this cadence now, in ms, or false for no polling. */
  interval = (cadence: Cadence = 'changes', now = Date.now()): number | false => {
    const own = this.visibleInterval(cadence, now);
    if (this.hiddenSince === undefined || own === false) return own;
    if (this.choice === 0 || now - this.hiddenSince >= this.background()) return false;
    return Math.max(own, this.background());
  };

  private visibleInterval(cadence: Cadence, now: number): number | false {
    if (cadence === 'followed') return this.following ? false : this.visibleInterval('changes', now);
    const gauge = this.choice === 0 ? false : Math.max(this.choice * GAUGE_FACTOR, GAUGE_MIN);
    if (cadence === 'gauge') return gauge;
    if (this.bursting(now)) return BURST_INTERVAL;
    if (this.choice === 0) return false;
    if (!this.following || cadence === 'changes') return this.choice;
    return cadence === 'signalledUsage' ? gauge : Math.max(this.choice * SAFETY_FACTOR, SAFETY_MIN);
  }

  private onVisibility(): void {
    clearTimeout(this.pauseTimer);
    if (isHidden()) {
      this.hiddenSince = Date.now();
      // Hook-based intervals re-render to `false` once the background interval has passed.
      this.pauseTimer = setTimeout(() => this.changed(), this.background() + 10);
    } else if (this.hiddenSince !== undefined) {
      const paused = Date.now() - this.hiddenSince >= this.background();
      this.hiddenSince = undefined;
      for (const l of this.resumeListeners) l(paused);
    }
    this.changed();
  }

  private onTasks(): void {
    const newest = Math.max(0, ...taskStore.list().map((t) => t.startedAt));
    if (newest <= this.lastTaskStart) return;
    this.lastTaskStart = newest;
    this.burstUntil = Date.now() + BURST_LENGTH;
    clearTimeout(this.burstTimer);
    this.burstTimer = setTimeout(() => this.changed(), BURST_LENGTH + 10);
    this.changed();
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

function isHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

export const refreshPolicy = new RefreshPolicy();

/**
 * Marks a query that refreshes usage (CPU and memory) on its own at the gauge interval. Such a refresh takes
 * the change feed's turn (`feedInterval`), so an idle page asks the engine once per interval, not once more
 * a minute: at 10 s, five feed reads and one usage read a minute (issue 12 target 5: ≤ 6 requests/min).
 */
export const USAGE_META = { usage: true } as const;

/**
 * The change feed's next interval, evaluated after each of its reads: the user's interval, or twice it when
 * a usage refresh falls due before the next read would (the feed then reads right after it, and `from=`
 * brings whatever happened in between, so no event is lost; at most one interval later, once a minute).
 */
export function feedInterval(client: QueryClient, now = Date.now()): number | false {
  const own = refreshPolicy.interval('changes', now);
  const gauge = refreshPolicy.interval('gauge', now);
  if (own === false || gauge === false || !refreshPolicy.isFollowing() || refreshPolicy.bursting(now)) return own;
  const usageDue = client.getQueryCache().findAll({ type: 'active', predicate: (q) => q.meta?.usage === true })
    .some((q) => { const due = q.state.dataUpdatedAt + gauge; return due > now && due <= now + own * 1.5; });
  return usageDue ? 2 * own : own;
}

/** For `refetchInterval` in query options: evaluated again after every fetch. */
export const refetchIntervalOf = (cadence: Cadence) => (): number | false => refreshPolicy.interval(cadence);

/** The refetch interval of a cadence, re-rendering when the choice, the tab's visibility, a burst or the change feed changes it. */
export function useRefreshInterval(cadence: Cadence = 'changes'): number | false {
  useSyncExternalStore(refreshPolicy.subscribe, refreshPolicy.snapshot, refreshPolicy.snapshot);
  return refreshPolicy.interval(cadence);
}

/** The user's choice, and a setter (for the chooser in the layout). */
export function useRefreshChoice(): [RefreshChoice, (c: RefreshChoice) => void] {
  useSyncExternalStore(refreshPolicy.subscribe, refreshPolicy.snapshot, refreshPolicy.snapshot);
  return [refreshPolicy.chosen(), (c) => refreshPolicy.choose(c)];
}

/** When any query last brought fresh data from the engine (ms), for "Updated hh:mm:ss". */
export function useLastUpdate(): number | undefined {
  const latest = latestUpdateOf(useQueryClient());
  return useSyncExternalStore(latest.subscribe, latest.get, latest.get);
}

// The newest `dataUpdatedAt` of a client's cache, kept as queries succeed: a page with a hundred rows gets
// hundreds of cache events while it loads, and reading every query's state on each was a hot spot.
const latestByClient = new WeakMap<QueryClient, { get: () => number | undefined; subscribe: (l: () => void) => () => void }>();
function latestUpdateOf(client: QueryClient) {
  let entry = latestByClient.get(client);
  if (entry) return entry;
  const cache = client.getQueryCache();
  const read = () => Math.max(0, ...cache.getAll().map((q) => q.state.dataUpdatedAt)) || undefined;
  let latest = read();
  const listeners = new Set<() => void>();
  let unsubscribe: (() => void) | undefined;
  entry = {
    get: () => latest,
    subscribe: (l) => {
      listeners.add(l);
      if (!unsubscribe) latest = read(); // what changed while nobody listened
      unsubscribe ??= cache.subscribe((e) => {
        const at = e.query.state.dataUpdatedAt;
        if (e.type === 'updated' && at > (latest ?? 0)) {
          latest = at;
          for (const fn of listeners) fn();
        }
      });
      return () => {
        listeners.delete(l);
        if (listeners.size === 0) { unsubscribe?.(); unsubscribe = undefined; }
      };
    },
  };
  latestByClient.set(client, entry);
  return entry;
}
