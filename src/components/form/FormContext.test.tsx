// Forms below a VM belong to the VM's cluster: enum values come from that cluster's compatibility version
// (guide chapter 6), and a quota is picked from the quotas of the cluster's data center (`/datacenters/{id}/quotas`).
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { session } from '../../api';
import { fakeFetch, xmlResponse, type Route } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import typeInto from '../../test/typeInto';
import { parseXml } from '../../xsd/parse';
import ResourceFormPage from './ResourceFormPage';

const CAPS = `<capabilities>
  <version major="3" minor="6"><disk_interfaces><disk_interface>ide</disk_interface><disk_interface>virtio</disk_interface></disk_interfaces>
    <disk_formats><disk_format>cow</disk_format><disk_format>raw</disk_format></disk_formats>
    <nic_interfaces><nic_interface>e1000</nic_interface><nic_interface>virtio</nic_interface></nic_interfaces></version>
  <version major="4" minor="1"><current>true</current>
    <disk_interfaces><disk_interface>ide</disk_interface><disk_interface>virtio</disk_interface><disk_interface>virtio_scsi</disk_interface></disk_interfaces>
    <disk_formats><disk_format>cow</disk_format><disk_format>raw</disk_format></disk_formats>
    <nic_interfaces><nic_interface>e1000</nic_interface><nic_interface>virtio</nic_interface><nic_interface>pci_passthrough</nic_interface></nic_interfaces></version>
</capabilities>`;
const VM = '<vm href="/ovirt-engine/api/vms/v1" id="v1"><name>web1</name><cluster href="/ovirt-engine/api/clusters/c36" id="c36"/></vm>';
const CLUSTER = '<cluster href="/ovirt-engine/api/clusters/c36" id="c36"><name>old</name><data_center href="/ovirt-engine/api/datacenters/dc1" id="dc1"/><version major="3" minor="6"/></cluster>';
const DC = '<data_center href="/ovirt-engine/api/datacenters/dc1" id="dc1"><name>Default</name><link href="/ovirt-engine/api/datacenters/dc1/quotas" rel="quotas"/><version major="3" minor="6"/></data_center>';
const QUOTAS = '<quotas><quota id="q-gold"><name>gold</name></quota><quota id="q-bronze"><name>bronze</name></quota></quotas>';

const routes = (): Route[] => [
  { method: 'GET', path: '/', answer: () => xmlResponse(api41) },
  { method: 'GET', path: '/capabilities', answer: () => xmlResponse(CAPS) },
  { method: 'GET', path: '/vms/v1', answer: () => xmlResponse(VM) },
  { method: 'GET', path: '/clusters/c36', answer: () => xmlResponse(CLUSTER) },
  { method: 'GET', path: '/datacenters/dc1', answer: () => xmlResponse(DC) },
  { method: 'GET', path: '/datacenters/dc1/quotas', answer: () => xmlResponse(QUOTAS) },
  { method: 'POST', path: '/vms/v1/disks', answer: (r) => xmlResponse(r.body ?? '', 202) },
];

beforeEach(() => {
  sessionStorage.clear();
  session.loggedIn('admin@internal');
});
afterEach(() => vi.unstubAllGlobals());

const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}( \\*)?$`), { selector: 'input,textarea,select' });
const optionTexts = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => o.textContent);

describe('forms below a VM', { timeout: 30_000 }, () => {
  it('offer the enum values of the VM cluster\'s version and quotas of its data center, and save them', async () => {
    const { calls } = fakeFetch(routes());
    renderPage(<ResourceFormPage mode="create" route={{ collection: 'vms', parentId: 'v1', sub: 'disks' }} />, { url: '/vms/v1/disks/new' });
    await screen.findByLabelText(/^Alias/, { selector: 'input' }, { timeout: 5000 });
    await waitFor(() => expect(optionTexts(field('Interface'))).toEqual(['Choose…', 'ide', 'virtio']));

    act(() => field('Quota').focus());
    fireEvent.keyDown(field('Quota'), { key: 'ArrowDown' });
    const list = await screen.findByRole('listbox', {}, { timeout: 5000 });
    await waitFor(() => expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['gold', 'bronze']));
    fireEvent.click(within(list).getByRole('option', { name: 'bronze' }));
    expect(field('Quota')).toHaveValue('bronze');

    await typeInto(field('Alias'), 'data_disk');
    await typeInto(field('Size'), '2');
    fireEvent.change(field('Interface'), { target: { value: 'virtio' } });
    fireEvent.change(field('Format'), { target: { value: 'raw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const disk = parseXml(calls.find((c) => c.method === 'POST')?.body ?? '').value;
    expect(disk).toMatchObject({ alias: 'data_disk', provisioned_size: 2 * 1024 ** 3, interface: 'virtio', format: 'raw', quota: { id: 'q-bronze' } });
  });

  it('NIC types follow the VM cluster too, not the engine\'s newest version', async () => {
    fakeFetch(routes());
    renderPage(<ResourceFormPage mode="create" route={{ collection: 'vms', parentId: 'v1', sub: 'nics' }} />, { url: '/vms/v1/nics/new' });
    await screen.findByLabelText(/^Name/, { selector: 'input' }, { timeout: 5000 });
    await waitFor(() => expect(optionTexts(field('Type'))).toEqual(['(engine default)', 'e1000', 'virtio']));
  });
});
