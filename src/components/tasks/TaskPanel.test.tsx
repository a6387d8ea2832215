// The task panel: every task with its state, correlation id, elapsed time, link to its target, the
// engine's reason and Retry when it failed, and the events that carry its correlation id.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { taskStore } from '../../tasks';
import { fakeFetch, xmlResponse } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import TaskPanel from './TaskPanel';

afterEach(() => {
  vi.unstubAllGlobals();
  taskStore.reset();
});

const CID = '0f8a7c1e-1111-4222-8333-944444444444';

describe('TaskPanel', () => {
  it('shows a finished task with its link, correlation id and the events with that correlation id', async () => {
    const { calls } = fakeFetch([
      { path: '/', answer: () => xmlResponse(api41) },
      { path: /^\/events/, answer: () => xmlResponse(`<events><event id="7"><description>VM web01 was started by admin.</description><severity>normal</severity><correlation_id>${CID}</correlation_id></event></events>`) },
    ]);
    taskStore.upsert({ id: CID, label: 'Start web01', method: 'POST', path: '/vms/v1/start', target: { collection: 'vms', id: 'v1', name: 'web01' }, state: 'complete', startedAt: 1_000, finishedAt: 4_000 });
    renderPage(<TaskPanel open onClose={() => {}} />);
    const task = screen.getByRole('listitem', { name: 'Task Start web01' });
    expect(within(task).getByLabelText('Task state')).toHaveTextContent('Complete');
    expect(within(task).getByLabelText('Correlation id')).toHaveTextContent(CID);
    expect(task).toHaveTextContent('3 s');
    expect(within(task).getByRole('link', { name: 'web01' })).toHaveAttribute('href', '/vms/v1');
    expect(within(task).queryByRole('progressbar')).toBeNull();

    fireEvent.click(within(task).getByRole('button', { name: 'Engine events' }));
    expect(await within(task).findByText('VM web01 was started by admin.')).toBeInTheDocument();
    expect(calls.find((c) => c.path.startsWith('/events'))?.path).toBe(`/events;max=50?search=correlation_id=${CID}`);
  });

  it('shows a running task with progress, a failed one with the engine reason, and retries it', async () => {
    fakeFetch([{ path: '/', answer: () => xmlResponse(api41) }]);
    const retry = vi.fn(async () => {
      taskStore.upsert({ id: 'again', label: 'Stop db01', method: 'POST', path: '/vms/v2/stop', state: 'running', startedAt: Date.now() });
    });
    taskStore.upsert({ id: 'f1', label: 'Stop db01', method: 'POST', path: '/vms/v2/stop', state: 'failed', startedAt: 1, finishedAt: 2,
      error: { reason: 'Operation Failed', detail: '[Cannot stop VM. VM is not running.]' } }, retry);
    taskStore.upsert({ id: 'r1', label: 'Migrate app01', method: 'POST', path: '/vms/v3/migrate', state: 'in_progress', startedAt: Date.now() });
    renderPage(<TaskPanel open onClose={() => {}} />);

    const running = screen.getByRole('listitem', { name: 'Task Migrate app01' });
    expect(within(running).getByRole('progressbar', { name: 'Migrate app01 progress' })).toBeInTheDocument();
    expect(within(running).getByLabelText('Task state')).toHaveTextContent('In progress');

    const failed = screen.getByRole('listitem', { name: 'Task Stop db01' });
    expect(failed).toHaveTextContent('[Cannot stop VM. VM is not running.]');
    fireEvent.click(within(failed).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getAllByRole('listitem', { name: 'Task Stop db01' })).toHaveLength(2));
    expect(retry).toHaveBeenCalledOnce();

    fireEvent.click(screen.getByRole('button', { name: 'Clear finished' }));
    expect(screen.queryAllByRole('listitem').map((l) => l.getAttribute('aria-label'))).toEqual(['Task Stop db01', 'Task Migrate app01']);
  });
});
