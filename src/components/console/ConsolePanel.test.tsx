// The console hand-over: the ticket is requested with the chosen expiry in seconds, its value is shown with a
// countdown, and the .vv file (a Blob, never markup) holds that value and the VM's display read after the ticket.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { taskStore } from '../../tasks';
import { fakeFetch, xmlResponse } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import ConsolePanel from './ConsolePanel';
import { parseVvFile } from './vvFile';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  taskStore.reset();
});

const VM = (port: number) => `<vm href="/ovirt-engine/api/vms/v1" id="v1"><name>web-1</name><status><state>up</state></status>
  <display><type>spice</type><address>h2.example</address><port>${port}</port><secure_port>${port + 100}</secure_port></display></vm>`;

describe('ConsolePanel', { timeout: 30_000 }, () => {
  it('issues a ticket for the chosen time, shows it counting down, and downloads a .vv with it', async () => {
    const { calls } = fakeFetch([
      { path: '/', answer: () => xmlResponse(api41) },
      { path: '/vms/v1/sessions', answer: () => xmlResponse('<sessions/>') },
      { path: '/vms/v1', answer: () => xmlResponse(VM(5912)) }, // migrated meanwhile: the file uses this port
      { method: 'POST', path: '/vms/v1/ticket', answer: () => xmlResponse('<action><ticket><value>S3cr3tT1ck</value><expiry>900</expiry></ticket><status><state>complete</state></status></action>') },
    ]);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { blobs.push(b as Blob); return 'blob:x'; });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    renderPage(<ConsolePanel vm={{ id: 'v1', href: '/ovirt-engine/api/vms/v1', name: 'web-1', status: { state: 'up' }, display: { type: 'spice', address: 'h1.example', port: 5901 } }} />);
    expect(await screen.findByText('Nobody is connected to this virtual machine.')).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Ticket valid for' }));
    fireEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: '15 minutes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Get console file (.vv)' }));

    expect(await screen.findByLabelText('Console password (ticket)')).toHaveValue('S3cr3tT1ck');
    expect(screen.getByRole('timer', { name: 'Ticket expiry' })).toHaveTextContent(/Expires in 1[45]:\d\d/);
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatch(/<action>\s*<ticket>\s*<expiry>900<\/expiry>\s*<\/ticket>\s*<\/action>/);

    await waitFor(() => expect(blobs).toHaveLength(1));
    const vv = parseVvFile(await blobs[0].text());
    expect(vv).toMatchObject({ type: 'spice', host: 'h2.example', port: '5912', 'tls-port': '6012', password: 'S3cr3tT1ck' });
    expect(JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage })).not.toContain('S3cr3tT1ck');
  });
});
