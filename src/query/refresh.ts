// The refresh policy for lists (issue 7): the user's interval (5 s … 60 s or off, default 10 s, kept in
// localStorage: a preference, not a secret), slower while the tab is hidden, and a burst of 2 s refreshes
// for 20 s after any task starts, so the result of an action shows up without waiting a whole interval.
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { taskStore } from '../tasks';

export const REFRESH_CHOICES = [5_000, 10_000, 30_000, 60_000, 0] as const;
export type RefreshChoice = (typeof REFRESH_CHOICES)[number];
export const DEFAULT_REFRESH: RefreshChoice = 10_000;
export const BURST_INTERVAL = 2_000;
export const BURST_LENGTH = 20_000;
/** While hidden: five times slower, at least a minute apart. */
export const HIDDEN_FACTOR = 5;
export const HIDDEN_MIN = 60_000;
const STORAGE_KEY = 'portal.refreshInterval';

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
  private version = 0;

  constructor() {
    taskStore.subscribe(() => this.onTasks());
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', () => this.changed());
  }

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

  /** The list refetch interval now, in ms, or false for no polling. */
  interval = (now = Date.now()): number | false => {
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    if (!hidden && this.bursting(now)) return BURST_INTERVAL;
    if (this.choice === 0) return false;
    return hidden ? Math.max(this.choice * HIDDEN_FACTOR, HIDDEN_MIN) : this.choice;
  };

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

export const refreshPolicy = new RefreshPolicy();

/** For `refetchInterval` in query options: evaluated again after every fetch. */
export const listRefetchInterval = (): number | false => refreshPolicy.interval();

/** The list refetch interval, re-rendering when the choice, the tab's visibility or a burst changes it. */
export function useRefreshInterval(): number | false {
  useSyncExternalStore(refreshPolicy.subscribe, refreshPolicy.snapshot, refreshPolicy.snapshot);
  return refreshPolicy.interval();
}

/** The user's choice, and a setter (for the chooser in the layout). */
export function useRefreshChoice(): [RefreshChoice, (c: RefreshChoice) => void] {
  useSyncExternalStore(refreshPolicy.subscribe, refreshPolicy.snapshot, refreshPolicy.snapshot);
  return [refreshPolicy.chosen(), (c) => refreshPolicy.choose(c)];
}

/** When any query last brought fresh data from the engine (ms), for "Updated hh:mm:ss". */
export function useLastUpdate(): number | undefined {
  const client = useQueryClient();
  const cache = client.getQueryCache();
  const latest = () => Math.max(0, ...cache.getAll().map((q) => q.state.dataUpdatedAt)) || undefined;
  return useSyncExternalStore(cache.subscribe.bind(cache), latest, latest);
}
