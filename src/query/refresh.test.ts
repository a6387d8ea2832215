// The refresh policy: the user's choice (kept in localStorage), slower while hidden, a 2 s burst for 20 s
// after a task starts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { taskStore } from '../tasks';
import { BURST_INTERVAL, BURST_LENGTH, refreshPolicy } from './refresh';

const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
};

afterEach(() => {
  vi.useRealTimers();
  setHidden(false);
  refreshPolicy.choose(10_000);
  taskStore.reset();
});

describe('refreshPolicy', () => {
  it('uses the chosen interval, keeps the choice in localStorage, and stops when off', () => {
    expect(refreshPolicy.interval()).toBe(10_000);
    refreshPolicy.choose(30_000);
    expect(refreshPolicy.interval()).toBe(30_000);
    expect(localStorage.getItem('portal.refreshInterval')).toBe('30000');
    refreshPolicy.choose(0);
    expect(refreshPolicy.interval()).toBe(false);
  });

  it('refreshes at most once a minute while the tab is hidden', () => {
    const changed = vi.fn();
    const off = refreshPolicy.subscribe(changed);
    setHidden(true);
    expect(refreshPolicy.interval()).toBe(60_000);
    refreshPolicy.choose(30_000);
    expect(refreshPolicy.interval()).toBe(150_000);
    expect(changed).toHaveBeenCalled();
    off();
  });

  it('refreshes every 2 s for 20 s after a task starts, then returns to the choice', () => {
    vi.useFakeTimers();
    const now = Date.now();
    taskStore.upsert({ id: 't1', label: 'Start vm1', method: 'POST', path: '/vms/1/start', state: 'running', startedAt: now + 1 });
    expect(refreshPolicy.interval()).toBe(BURST_INTERVAL);
    taskStore.update('t1', { state: 'complete' }); // a change to the same task does not extend the burst
    vi.advanceTimersByTime(BURST_LENGTH + 50);
    expect(refreshPolicy.interval()).toBe(10_000);
  });
});
