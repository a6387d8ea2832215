// Row actions that ask first, on a data center's storage domains over a fake engine: Detach asks for the
// domain's name before anything is sent, the engine's refusal shows inside the dialog with the typed name
// kept, and the second try detaches (DELETE on the attached domain).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { fakeFetch, xmlResponse } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import typeInto from '../../test/typeInto';
import { datacenterDetail } from '../../resources/datacenters/DatacenterDetailPage';
import DetailPage from './DetailPage';

afterEach(() => vi.unstubAllGlobals());

const DC = '/ovirt-engine/api/datacenters/dc1';
const SD = `<storage_domain href="${DC}/storagedomains/sd1" id="sd1"><name>data1</name><type>data</type><status><state>maintenance</state></status></storage_domain>`;

function engine() {
  let attached = true;
  let refused = false;
  return fakeFetch([
    { path: '/', answer: () => xmlResponse(api41) },
    { path: '/datacenters/dc1', answer: () => xmlResponse(`<data_center href="${DC}" id="dc1"><name>Default</name><link href="${DC}/storagedomains" rel="storagedomains"/></data_center>`) },
    { path: /^\/datacenters(\?|$)/, answer: () => xmlResponse('<data_centers/>') },
    { method: 'GET', path: '/datacenters/dc1/storagedomains', answer: () => xmlResponse(`<storage_domains>${attached ? SD : ''}</storage_domains>`) },
    { method: 'DELETE', path: '/datacenters/dc1/storagedomains/sd1', answer: () => {
      if (!refused) {
        refused = true;
        return xmlResponse('<fault><reason>Operation Failed</reason><detail>[Cannot detach Storage Domain. The domain holds disks of running VMs.]</detail></fault>', 409);
      }
      attached = false;
      return new Response(null, { status: 204 });
    } },
  ]);
}

describe('confirmed row actions', () => {
  it('detaches a storage domain only after its name is typed, showing a refusal inside the dialog', async () => {
    const { calls } = engine();
    renderPage(<DetailPage config={datacenterDetail} />, { url: '/datacenters/dc1?tab=storagedomains', path: '/datacenters/:id' });
    const row = await screen.findByRole('group', { name: 'Actions for data1' });
    fireEvent.click(within(row).getByRole('button', { name: 'Detach' }));

    const dialog = await screen.findByRole('dialog', { name: 'Detach data1?' });
    expect(within(dialog).getByText(/data1 is detached from data center Default/)).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Detach' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await typeInto(within(dialog).getByLabelText('Type data1 to confirm'), 'data');
    expect(confirm.disabled).toBe(true);
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    await typeInto(within(dialog).getByLabelText('Type data1 to confirm'), 'data1');
    fireEvent.click(confirm);
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('The domain holds disks of running VMs');
    expect((within(dialog).getByLabelText('Type data1 to confirm') as HTMLInputElement).value).toBe('data1');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Detach' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/datacenters/dc1/storagedomains/sd1', '/datacenters/dc1/storagedomains/sd1']);
    expect(await screen.findByText('No storage domains.')).toBeTruthy();
  });

  it('cancelling sends nothing', async () => {
    const { calls } = engine();
    renderPage(<DetailPage config={datacenterDetail} />, { url: '/datacenters/dc1?tab=storagedomains', path: '/datacenters/:id' });
    fireEvent.click(within(await screen.findByRole('group', { name: 'Actions for data1' })).getByRole('button', { name: 'Detach' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
  });
});
