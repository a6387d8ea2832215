// The refresh policy: the user's choice (kept in localStorage), slower while hidden, a 2 s burst for 20 s
// after a task starts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { taskStore } from '../tasks';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { BURST_INTERVAL, BURST_LENGTH, feedInterval, refetchIntervalOf, refreshPolicy, USAGE_META } from './refresh';

const setHidden = (hidden: boolean) => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
};

/** Past any burst an earlier test (with fake timers) may have left running. */
const later = () => Date.now() + 3_600_000;

afterEach(() => {
  vi.useRealTimers();
  setHidden(false);
  refreshPolicy.choose(10_000);
  refreshPolicy.setFollowing(false);
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

  it('with a working change feed, polls only it at the interval; what events name is a safety net, gauges once a minute', () => {
    refreshPolicy.setFollowing(true);
    expect(refreshPolicy.interval('changes', later())).toBe(10_000);
    expect(refreshPolicy.interval('signalled', later())).toBe(300_000);
    expect(refreshPolicy.interval('signalledUsage', later())).toBe(60_000);
    expect(refreshPolicy.interval('gauge', later())).toBe(60_000);
    expect(refreshPolicy.interval('followed', later())).toBe(false);
    refreshPolicy.choose(60_000);
    expect(refreshPolicy.interval('signalled', later())).toBe(1_800_000);
    expect(refreshPolicy.interval('gauge', later())).toBe(360_000);
    refreshPolicy.choose(0);
    expect(['changes', 'signalled', 'signalledUsage', 'gauge', 'followed'].map((c) => refreshPolicy.interval(c as never, later()))).toEqual([false, false, false, false, false]);
  });

  it('without the change feed, everything but gauges polls at the interval, as before', () => {
    expect(['changes', 'signalled', 'signalledUsage', 'followed'].map((c) => refreshPolicy.interval(c as never, later()))).toEqual([10_000, 10_000, 10_000, 10_000]);
    expect(refreshPolicy.interval('gauge', later())).toBe(60_000);
  });

  it('a burst after a task reaches lists the change feed covers too, not gauges', () => {
    refreshPolicy.setFollowing(true);
    taskStore.upsert({ id: 't2', label: 'Stop vm1', method: 'POST', path: '/vms/1/stop', state: 'running', startedAt: Date.now() + 5 });
    expect(refreshPolicy.interval('signalled')).toBe(BURST_INTERVAL);
    expect(refreshPolicy.interval('signalledUsage')).toBe(BURST_INTERVAL);
    expect(refreshPolicy.interval('gauge')).toBe(60_000);
  });

  it('stops polling once hidden longer than the background interval, and says so when shown again', () => {
    vi.useFakeTimers();
    const resumed = vi.fn();
    const off = refreshPolicy.onResume(resumed);
    const changed = vi.fn();
    const unsubscribe = refreshPolicy.subscribe(changed);
    setHidden(true);
    expect(refreshPolicy.interval('gauge')).toBe(60_000);
    vi.advanceTimersByTime(59_000);
    expect(refreshPolicy.interval()).toBe(60_000);
    changed.mockClear();
    vi.advanceTimersByTime(1_100);
    expect(changed).toHaveBeenCalled(); // hook users re-render to the pause
    expect(['changes', 'signalled', 'gauge'].map((c) => refreshPolicy.interval(c as never))).toEqual([false, false, false]);
    setHidden(false);
    expect(resumed).toHaveBeenCalledWith(true);
    expect(refreshPolicy.interval()).toBe(10_000);
    setHidden(true);
    setHidden(false); // a glance at another tab: no pause, only the change feed asks again
    expect(resumed).toHaveBeenLastCalledWith(false);
    off();
    unsubscribe();
  });
});

describe('the change feed and usage refreshes share one beat', () => {
  it('an idle page asks at most six times a minute at 10 s, and the feed never waits more than two intervals', async () => {
    vi.useFakeTimers();
    await vi.advanceTimersByTimeAsync(BURST_LENGTH + 1_000); // past any burst an earlier test started
    refreshPolicy.setFollowing(true);
    const client = new QueryClient();
    const asked: { what: string; at: number }[] = [];
    const observe = (what: string, options: object) => new QueryObserver(client, {
      queryKey: [what], queryFn: async () => { asked.push({ what, at: Date.now() }); return asked.length; }, refetchIntervalInBackground: true, ...options,
    }).subscribe(() => {});
    const stopUsage = observe('usage', { refetchInterval: refetchIntervalOf('signalledUsage'), meta: USAGE_META });
    const stopFeed = observe('feed', { refetchInterval: () => feedInterval(client) });
    await vi.advanceTimersByTimeAsync(60_000); // settle
    asked.length = 0;
    await vi.advanceTimersByTimeAsync(180_000);
    // Any minute (a sliding window from each request): at most six requests, one of them the usage refresh.
    for (const { at } of asked) {
      const inMinute = asked.filter((a) => a.at >= at && a.at < at + 60_000);
      expect(inMinute.length, inMinute.map((a) => a.what).join(', ')).toBeLessThanOrEqual(6);
    }
    expect(asked.filter((a) => a.what === 'usage')).toHaveLength(3);
    const feedTimes = asked.filter((a) => a.what === 'feed').map((a) => a.at);
    const gaps = feedTimes.slice(1).map((t, i) => t - feedTimes[i]);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(20_000);
    expect(gaps.filter((g) => g === 10_000).length).toBeGreaterThan(gaps.length / 2);
    stopFeed();
    stopUsage();
    client.clear();
  });

  it('a usage query that does not poll by itself (the list brings its statistics) does not take a turn', () => {
    refreshPolicy.setFollowing(true);
    const client = new QueryClient();
    const stop = new QueryObserver(client, { queryKey: ['row stats'], queryFn: async () => 1, refetchInterval: false }).subscribe(() => {});
    expect(feedInterval(client, later())).toBe(10_000);
    stop();
  });
});
