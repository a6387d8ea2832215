// A host's NICs tab over a fake engine: bonding two selected NICs (POST /hosts/{id}/nics with the slaves,
// guide 14.7.2.2), the engine's refusal inside the dialog, attaching a network to a NIC (14.7.2.3.1),
// detaching one after a confirmation, and saving the configuration (commitnetconfig, 14.8.8).
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { fakeFetch, xmlResponse, type Recorded } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import type { XmlObject } from '../../xsd/parse';
import HostNicsTab from './HostNicsTab';

afterEach(() => vi.unstubAllGlobals());

const H = '/ovirt-engine/api/hosts/h1';
const HOST: XmlObject = { id: 'h1', href: H, name: 'host01', cluster: { id: 'c1' } };
const nic = (id: string, name: string, extra = '') =>
  `<host_nic href="${H}/nics/${id}" id="${id}"><name>${name}</name><mac address="52:54:00:00:00:0${id.slice(1)}"/>${extra}<status><state>up</state></status></host_nic>`;
const NETS = '<networks><network id="mgmt"><name>ovirtmgmt</name></network><network id="pub"><name>public</name></network><network id="sto"><name>storage</name></network></networks>';

function engine() {
  let nics = [nic('n0', 'eth0', '<network id="mgmt"/>'), nic('n1', 'eth1'), nic('n2', 'eth2')];
  let attachments = [`<network_attachment href="${H}/nics/n0/networkattachments/a0" id="a0"><network id="mgmt"/><host_nic id="n0"/></network_attachment>`];
  let bondRefused = false;
  const ok = '<action><status><state>complete</state></status></action>';
  const f = fakeFetch([
    { path: '/', answer: () => xmlResponse(api41) },
    { path: '/hosts/h1', answer: () => xmlResponse(`<host href="${H}" id="h1"><name>host01</name><cluster id="c1"/></host>`) },
    { path: '/clusters/c1', answer: () => xmlResponse('<cluster id="c1"><name>Default</name></cluster>') },
    { path: '/clusters/c1/networks', answer: () => xmlResponse(NETS) },
    { path: '/networks', answer: () => xmlResponse(NETS) },
    { method: 'GET', path: '/hosts/h1/nics', answer: () => xmlResponse(`<host_nics>${nics.join('')}</host_nics>`) },
    { method: 'GET', path: '/hosts/h1/networkattachments', answer: () => xmlResponse(`<network_attachments>${attachments.join('')}</network_attachments>`) },
    { method: 'POST', path: '/hosts/h1/nics', answer: (req: Recorded) => {
      if (!bondRefused) {
        bondRefused = true;
        return xmlResponse('<fault><reason>Operation Failed</reason><detail>[Cannot add bond. eth1 is down.]</detail></fault>', 409);
      }
      const b = nic('n9', 'bond0', `<network id="pub"/><bonding><slaves><host_nic id="n1"/><host_nic id="n2"/></slaves></bonding>`);
      nics = [...nics, b];
      expect(req.body).toContain('<name>bond0</name>');
      return xmlResponse(b, 201);
    } },
    { method: 'POST', path: '/hosts/h1/nics/n2/networkattachments', answer: () => {
      const a = `<network_attachment href="${H}/nics/n2/networkattachments/a2" id="a2"><network id="sto"/><host_nic id="n2"/></network_attachment>`;
      attachments = [...attachments, a];
      return xmlResponse(a, 201);
    } },
    { method: 'DELETE', path: '/hosts/h1/nics/n2/networkattachments/a2', answer: () => {
      attachments = attachments.filter((a) => !a.includes('id="a2"'));
      return new Response(null, { status: 204 });
    } },
    { method: 'POST', path: '/hosts/h1/commitnetconfig', answer: () => xmlResponse(ok) },
  ]);
  return f;
}

async function pick(dialog: HTMLElement, label: string, option: string) {
  await act(async () => { fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: label })); });
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('HostNicsTab', () => {
  it('bonds two selected NICs, showing the refusal in the dialog first', async () => {
    const { calls } = engine();
    renderPage(<HostNicsTab host={HOST} />);
    const create = await screen.findByRole('button', { name: 'Create bond' }) as HTMLButtonElement;
    await screen.findByRole('checkbox', { name: 'Select eth1' });
    expect(create.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select eth1' }));
    expect(create.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select eth2' }));
    expect(create.disabled).toBe(false);
    fireEvent.click(create);

    const dialog = await screen.findByRole('dialog', { name: 'Create bond' });
    // ovirtmgmt is attached on eth0: only the free networks are offered.
    await act(async () => { fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Network' })); });
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['public', 'storage']);
    fireEvent.click(screen.getByRole('option', { name: 'public' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create bond' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('eth1 is down');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Create bond' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = calls.filter((c) => c.method === 'POST' && c.path === '/hosts/h1/nics').pop()!;
    expect(post.body).toMatch(/<host_nic>[\s\S]*<name>bond0<\/name>[\s\S]*<network id="pub"\/>[\s\S]*<host_nic id="n1"\/>\s*<host_nic id="n2"\/>/);
    expect(await screen.findByText('Bond of eth1, eth2')).toBeTruthy();
  });

  it('attaches a network to a NIC, detaches it after confirming, and saves the configuration', async () => {
    const { calls } = engine();
    renderPage(<HostNicsTab host={HOST} />);
    fireEvent.click(within(await screen.findByRole('group', { name: 'Actions for eth2' })).getByRole('button', { name: 'Attach network' }));
    const dialog = await screen.findByRole('dialog', { name: 'Attach a network to eth2' });
    await pick(dialog, 'Network', 'storage');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Attach' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.method === 'POST' && c.path === '/hosts/h1/nics/n2/networkattachments')?.body).toContain('<network id="sto"/>');

    fireEvent.click(await screen.findByRole('button', { name: 'Detach storage from eth2' }));
    const ask = await screen.findByRole('dialog', { name: 'Detach storage?' });
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    fireEvent.click(within(ask).getByRole('button', { name: 'Detach' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Detach storage from eth2' })).toBeNull());
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/hosts/h1/nics/n2/networkattachments/a2')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Save network configuration' }));
    expect(await screen.findByText('The network configuration of host01 is saved.')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/hosts/h1/commitnetconfig').map((c) => c.body)).toEqual([expect.stringContaining('<action/>')]);
  });
});
