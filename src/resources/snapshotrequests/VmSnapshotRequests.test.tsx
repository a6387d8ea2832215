// The VM tab: the form checks what it can before sending, shows the server's refusals next to the inputs
// (keeping what was typed), and lists this VM's requests with their status and messages as text.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../test/renderPage';
import VmSnapshotRequests from './VmSnapshotRequests';

afterEach(() => vi.unstubAllGlobals());

const REQUEST = {
  id: 4, action: 'Delete', status: 'Taken', created_on: '2026-03-01T08:00:00Z', updated_on: '2026-03-01T08:01:00Z',
  message: { errors: [], warnings: [] },
  messages: [{ at: '2026-03-01T08:01:00Z', level: 'info', text: 'Snapshot created SR-4 (s1): <b>not bold</b>' }],
  snapshot: { name: 'SR-4', snap_id: 's1', from_date: '2026-03-01T08:00:00Z', to_date: '2026-03-01T20:00:00Z', valid_for: 12, description: 'before upgrading' },
  task_id: 'c1', user: { username: 'mary@internal' }, vm_name: 'web-1', vm_uuid: 'v1', can_cancel: false, can_delete_now: true,
};
const OTHER_VM = { ...REQUEST, id: 5, vm_uuid: 'v2', vm_name: 'db-1', snapshot: { ...REQUEST.snapshot, name: 'SR-5' } };

function server(post: () => Response) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    expect(String(url)).toMatch(/^\/portal\/api\/snapshot-requests/);
    if (init?.method === 'POST') return post();
    return new Response(JSON.stringify({ data: [REQUEST, OTHER_VM], meta: { user: 'mary@internal', admin: false, now: '2026-03-01T08:30:00Z', count: 2 } }), { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

// The first render loads MUI, which takes seconds on a busy machine.
describe('VmSnapshotRequests', { timeout: 20_000 }, () => {
  it("lists only this VM's requests, messages as plain text", async () => {
    server(() => new Response('{}', { status: 500 }));
    renderPage(<VmSnapshotRequests vmId="v1" vmName="web-1" />);
    const row = await screen.findByRole('row', { name: 'Request SR-4' });
    expect(within(row).getByText('Taken')).toBeTruthy();
    expect(within(row).getByText('Snapshot created SR-4 (s1): <b>not bold</b>')).toBeTruthy();
    expect(screen.queryByRole('row', { name: 'Request SR-5' })).toBeNull();
    expect(within(row).getByRole('button', { name: 'Delete snapshot SR-4 now' })).toBeTruthy();
  });

  it('checks validity and required fields before sending', async () => {
    const fetch = server(() => new Response('{}', { status: 500 }));
    renderPage(<VmSnapshotRequests vmId="v1" vmName="web-1" />);
    fireEvent.change(screen.getByLabelText('Valid for (hours)'), { target: { value: '73' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request snapshot' }));
    expect(await screen.findByText('Validity must be between 1 and 72 hours.')).toBeTruthy();
    expect(screen.getByText('Say what the snapshot is for.')).toBeTruthy();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it("shows the server's refusal next to the input, keeping what was typed", async () => {
    const fetch = server(() => new Response(JSON.stringify({ error: { reason: 'The request has errors.', fields: { password: 'The engine did not accept this password for mary@internal.' } } }), { status: 400 }));
    renderPage(<VmSnapshotRequests vmId="v1" vmName="web-1" />);
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'before upgrading' } });
    fireEvent.change(screen.getByLabelText('Your password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request snapshot' }));
    expect(await screen.findByText('The engine did not accept this password for mary@internal.')).toBeTruthy();
    expect((screen.getByLabelText('Description') as HTMLInputElement).value).toBe('before upgrading');
    const body = JSON.parse(String(fetch.mock.calls.find(([, init]) => init?.method === 'POST')![1]!.body));
    expect(body).toEqual({ vm_id: 'v1', from_date: 'now', valid_for: 12, description: 'before upgrading', password: 'wrong' });
  });
});
