// The VM form's creation paths over a fake engine: from a snapshot of another VM (guide 15.6.5.2: POST /vms
// with <snapshots><snapshot id/></snapshots> and the Blank template), and the initialization method (Table 15.1
// initialization: cloud-init for Linux, Sysprep for Windows), defaulting from the OS and sending only its fields.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import clusters41 from '../../api/__fixtures__/clusters-4.1.xml?raw';
import { session } from '../../api';
import { fakeFetch, xmlResponse, type Route } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import typeInto from '../../test/typeInto';
import { parseXml } from '../../xsd/parse';
import VmFormPage from './VmFormPage';

const BLANK = '00000000-0000-0000-0000-000000000000';
const CAPS = `<capabilities><version major="3" minor="6"><current>true</current>
  <os_types><os_type>rhel_7x64</os_type><os_type>windows_2012R2x64</os_type></os_types></version></capabilities>`;
const TEMPLATES = `<templates><template id="${BLANK}"><name>Blank</name></template><template id="t-rhel"><name>rhel7</name></template></templates>`;
const SOURCE = '<vm href="/ovirt-engine/api/vms/src1" id="src1"><name>db-prod</name><link href="/ovirt-engine/api/vms/src1/snapshots" rel="snapshots"/></vm>';
const SNAPSHOTS = `<snapshots><snapshot id="snap-active"><description>Active VM</description><type>active</type><date>2017-03-02T09:00:00.000Z</date></snapshot>
  <snapshot id="snap-1"><description>before upgrade</description><type>regular</type><date>2017-03-01T10:00:00.000Z</date></snapshot></snapshots>`;

const routes = (): Route[] => [
  { method: 'GET', path: '/', answer: () => xmlResponse(api41) },
  { method: 'GET', path: '/capabilities', answer: () => xmlResponse(CAPS) },
  { method: 'GET', path: /^\/clusters/, answer: () => xmlResponse(clusters41) },
  { method: 'GET', path: /^\/templates/, answer: () => xmlResponse(TEMPLATES) },
  { method: 'GET', path: '/vms/src1', answer: () => xmlResponse(SOURCE) },
  { method: 'GET', path: '/vms/src1/snapshots', answer: () => xmlResponse(SNAPSHOTS) },
  { method: 'GET', path: /^\/vms(\?|$)/, answer: () => xmlResponse(`<vms>${SOURCE}</vms>`) },
  { method: 'POST', path: '/vms', answer: () => xmlResponse('<vm id="new1"><name>x</name></vm>', 202) },
];

beforeEach(() => {
  sessionStorage.clear();
  session.loggedIn('admin@internal');
});
afterEach(() => vi.unstubAllGlobals());

const field = (label: string) => screen.getByLabelText(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`), { selector: 'input,textarea,select' });
const maybeField = (label: string) => screen.queryByLabelText(new RegExp(`^${label}( \\*)?$`), { selector: 'input,textarea,select' });

async function ready() {
  expect(screen.getByRole('heading', { name: 'New virtual machine' })).toBeInTheDocument();
  await screen.findByLabelText(/^Name( \*)?$/, { selector: 'input' }, { timeout: 5000 });
}

async function pick(label: string, typed: string, option: string | RegExp) {
  act(() => field(label).focus());
  if (typed) await typeInto(field(label), typed);
  else fireEvent.keyDown(field(label), { key: 'ArrowDown' });
  fireEvent.click(await screen.findByRole('option', { name: option }, { timeout: 5000 }));
}

const posted = (calls: { method: string; body?: string }[]) => {
  const post = calls.filter((c) => c.method === 'POST');
  expect(post).toHaveLength(1);
  return parseXml(post[0].body ?? '').value;
};

describe('VmFormPage', { timeout: 30_000 }, () => {
  it('creates a VM from a snapshot of another VM (guide 15.6.5.2)', async () => {
    const { calls } = fakeFetch(routes());
    renderPage(<VmFormPage mode="create" />, { url: '/vms/new' });
    await ready();
    await typeInto(field('Name'), 'db-copy');
    await pick('Cluster', 'Def', 'Default');
    fireEvent.click(screen.getByRole('radio', { name: 'A snapshot of another virtual machine' }));
    // The template and clone choices belong to the other path; the snapshot waits for its VM.
    expect(screen.queryByRole('checkbox', { name: 'Clone template disks' })).toBeNull();
    expect(screen.getByText(/Choose the source virtual machine first\./)).toBeInTheDocument();
    await pick('Source virtual machine', 'db', 'db-prod');
    await pick('Source snapshot', '', /before upgrade/);
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const vm = posted(calls);
    expect(vm.snapshots).toEqual({ snapshot: [{ id: 'snap-1' }] });
    expect(vm.template).toEqual({ id: BLANK });
    expect(vm.name).toBe('db-copy');
    expect(vm.disks).toBeUndefined();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/vms$/));
  });

  it('requires the snapshot on that path and sends nothing without it', async () => {
    const { calls } = fakeFetch(routes());
    renderPage(<VmFormPage mode="create" />, { url: '/vms/new' });
    await ready();
    await typeInto(field('Name'), 'db-copy');
    await pick('Cluster', 'Def', 'Default');
    fireEvent.click(screen.getByRole('radio', { name: 'A snapshot of another virtual machine' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/One field needs your attention/)).toBeInTheDocument();
    expect(field('Source snapshot')).toHaveAccessibleDescription('Required');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('chooses Sysprep for a Windows OS, shows only its fields, and sends only them', async () => {
    const { calls } = fakeFetch(routes());
    renderPage(<VmFormPage mode="create" />, { url: '/vms/new' });
    await ready();
    await typeInto(field('Name'), 'win1');
    await pick('Cluster', 'Def', 'Default');
    await pick('Template', 'Bla', 'Blank');
    fireEvent.click(screen.getByRole('button', { name: 'Initialization' }));
    const method = field('Initialization method');
    expect(method).toHaveValue('cloud-init');
    expect(within(method).getAllByRole('option').map((o) => o.textContent)).toEqual(['None', 'cloud-init', 'sysprep']);
    await typeInto(field('VM hostname'), 'win1.example.com');
    await typeInto(field('DNS servers'), '192.0.2.53');
    expect(maybeField('Windows license key')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'System' }));
    await waitFor(() => expect(within(field('Operating system')).getAllByRole('option').length).toBe(3));
    fireEvent.change(field('Operating system'), { target: { value: 'windows_2012R2x64' } });
    expect(field('Initialization method')).toHaveValue('sysprep');
    expect(maybeField('DNS servers')).toBeNull();
    await typeInto(field('Organization'), 'ACME');
    await typeInto(field('Windows license key'), 'AAAAA-BBBBB');
    expect(field('VM hostname')).toHaveValue('win1.example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const vm = posted(calls);
    expect(vm.os).toEqual({ type: 'windows_2012R2x64' });
    expect(vm.initialization).toEqual({ host_name: 'win1.example.com', windows_license_key: 'AAAAA-BBBBB', org_name: 'ACME' });
  });

  it('keeps a method the user chose when the OS changes, and None sends no initialization', async () => {
    const { calls } = fakeFetch(routes());
    renderPage(<VmFormPage mode="create" />, { url: '/vms/new' });
    await ready();
    await typeInto(field('Name'), 'plain');
    await pick('Cluster', 'Def', 'Default');
    await pick('Template', 'rh', 'rhel7');
    fireEvent.click(screen.getByRole('button', { name: 'Initialization' }));
    await typeInto(field('VM hostname'), 'plain.example.com');
    fireEvent.change(field('Initialization method'), { target: { value: '' } });
    expect(maybeField('VM hostname')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'System' }));
    await waitFor(() => expect(within(field('Operating system')).getAllByRole('option').length).toBe(3));
    fireEvent.change(field('Operating system'), { target: { value: 'windows_2012R2x64' } });
    expect(field('Initialization method')).toHaveValue('');
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const vm = posted(calls);
    expect(vm.initialization).toBeUndefined();
    expect(vm.template).toEqual({ id: 't-rhel' });
  });
});
