import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, xmlResponse } from '../test/fakeFetch';
import { runTask } from './runTask';
import { taskStore } from './taskStore';

/** Answers the requests in order, whatever their path. */
function answersInOrder(list: { status: number; body: string }[]) {
  let i = 0;
  return fakeFetch([{ path: /.*/, answer: () => { const a = list[Math.min(i++, list.length - 1)]; return xmlResponse(a.body, a.status); } }]);
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  taskStore.reset();
});

describe('runTask', () => {
  it('sends its Correlation-Id and records a synchronous action as complete', async () => {
    const fake = answersInOrder([{ status: 200, body: '<action><status><state>complete</state></status></action>' }]);
    const { done } = await runTask({ label: 'Start vm1', method: 'POST', path: '/vms/1/start', body: { root: 'action', value: {} }, target: { collection: 'vms', id: '1' } });
    expect(await done).toBe('complete');
    const [task] = taskStore.list();
    expect(task).toMatchObject({ label: 'Start vm1', state: 'complete' });
    expect(fake.calls[0].headers.get('Correlation-Id')).toBe(task.id);
  });

  it('follows an async action to failed with the engine reason', async () => {
    vi.useFakeTimers();
    answersInOrder([
      { status: 202, body: '<action href="/ovirt-engine/api/vms/1/start/9" id="9"><status><state>pending</state></status></action>' },
      { status: 200, body: '<action href="/ovirt-engine/api/vms/1/start/9" id="9"><status><state>in_progress</state></status></action>' },
      { status: 200, body: '<action id="9"><status><state>failed</state></status><fault><reason>Operation Failed</reason><detail>[no host]</detail></fault></action>' },
    ]);
    const { done } = await runTask({ label: 'Start vm1', method: 'POST', path: '/vms/1/start', body: { root: 'action', value: { async: true } } });
    expect(taskStore.list()[0].state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1000);
    expect(taskStore.list()[0].state).toBe('in_progress');
    await vi.advanceTimersByTimeAsync(2000);
    expect(await done).toBe('failed');
    expect(taskStore.list()[0].error).toEqual({ reason: 'Operation Failed', detail: '[no host]' });
  });

  it('records a refused request as failed and rethrows it for the form', async () => {
    answersInOrder([{ status: 409, body: '<fault><reason>Operation Failed</reason><detail>[Cannot stop VM. VM is not running.]</detail></fault>' }]);
    await expect(runTask({ label: 'Stop vm1', method: 'POST', path: '/vms/1/stop', body: { root: 'action', value: {} } })).rejects.toThrow(/not running/);
    expect(taskStore.list()[0]).toMatchObject({ state: 'failed', error: { reason: 'Operation Failed' } });
  });
});
