// The form engine over a fake engine (recorded entry point, real element tables): what the user sees and
// what the engine would receive on create and edit, faults inline with the input kept, drafts, a lost session.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import clusters41 from '../../api/__fixtures__/clusters-4.1.xml?raw';
import unauthorized41 from '../../api/__fixtures__/401-4.1.html?raw';
import { session } from '../../api';
import { tables } from '../../schema';
import { fakeFetch, htmlResponse, xmlResponse, type Route } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import typeInto from '../../test/typeInto';
import { parseXml } from '../../xsd/parse';
import ResourceForm from './ResourceForm';

const VM = `<vm href="/ovirt-engine/api/vms/v1" id="v1"><name>web1</name><description>front</description>
  <status><state>down</state></status><memory>1073741824</memory><cpu><topology sockets="2" cores="1" threads="1"/></cpu>
  <os type="rhel_7x64"><boot dev="hd"/></os><cluster id="00000002-0002-0002-0002-000000000092"/><template id="00000000-0000-0000-0000-000000000000"/>
  <stateless>false</stateless></vm>`;
const CAPS = `<capabilities><version major="4" minor="1"><current>true</current>
  <os_types><os_type>rhel_7x64</os_type><os_type>windows_10</os_type></os_types><vm_types><vm_type>server</vm_type></vm_types>
  <display_types><display_type>spice</display_type></display_types></version></capabilities>`;
const TEMPLATES = `<templates><template id="00000000-0000-0000-0000-000000000000"><name>Blank</name></template>
  <template id="t-rhel"><name>rhel7</name></template></templates>`;
const FAULT = '<fault><reason>Operation Failed</reason><detail>[Cannot add VM. The VM name is already in use.]</detail></fault>';

const vmEntity = () => parseXml(VM).value;
const common: Route[] = [
  { method: 'GET', path: '/', answer: () => xmlResponse(api41) },
  { method: 'GET', path: '/capabilities', answer: () => xmlResponse(CAPS) },
  { method: 'GET', path: /^\/clusters/, answer: () => xmlResponse(clusters41) },
  { method: 'GET', path: /^\/templates/, answer: () => xmlResponse(TEMPLATES) },
];
const body = (xml?: string) => parseXml(xml ?? '').value;

beforeEach(() => {
  sessionStorage.clear();
  session.loggedIn('admin@internal');
});
afterEach(() => vi.unstubAllGlobals());

function renderForm(props: Partial<Parameters<typeof ResourceForm>[0]> = {}) {
  const onSaved = vi.fn();
  const r = renderPage(<ResourceForm table={tables.vms} mode="create" collectionPath="/vms" onSaved={onSaved} {...props} />);
  return { ...r, onSaved };
}

/** The input labelled `label` (MUI appends " *" to required labels). */
const field = (label: string) => screen.getByLabelText(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`), { selector: 'input,textarea,select' });

/** Types into a focused search box, as a user does (an unfocused Autocomplete resets its text). */
async function search(label: string, typed: string) {
  act(() => field(label).focus());
  await typeInto(field(label), typed);
}

async function pick(label: string, typed: string, option: string) {
  await search(label, typed);
  fireEvent.click(await screen.findByRole('option', { name: option }, { timeout: 3000 }));
}

describe('ResourceForm, create', { timeout: 30_000 }, () => {
  it('hides read-only elements, folds sections, and sends nothing while required elements are missing', async () => {
    const { calls } = fakeFetch(common);
    renderForm();
    expect(screen.queryByLabelText('Status')).toBeNull();
    expect(screen.getByRole('button', { name: 'General' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Initialization' })).toHaveAttribute('aria-expanded', 'false');
    expect(field('Name')).toBeRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/3 fields need your attention/)).toBeInTheDocument();
    expect(field('Name')).toHaveAccessibleDescription('Required');
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('picks references from the engine search, takes memory in MiB and POSTs bytes', async () => {
    const { calls } = fakeFetch([...common, { method: 'POST', path: '/vms', answer: () => xmlResponse('<vm id="new1"><name>db1</name></vm>', 201) }]);
    const { onSaved } = renderForm();
    await typeInto(field('Name'), 'db1');
    await search('Cluster', 'Def');
    await waitFor(() => expect(calls.map((c) => c.path)).toContain('/clusters?search=name=Def* page 1'), { timeout: 3000 });
    fireEvent.click(await screen.findByRole('option', { name: 'Default' }));
    expect(field('Cluster')).toHaveValue('Default');
    await pick('Template', 'rh', 'rhel7');
    fireEvent.click(screen.getByRole('button', { name: 'System' }));
    await typeInto(field('Memory'), '2048');
    expect(screen.getByText('MiB')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'General' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Clone template disks' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.headers.get('Correlation-Id')).toBeTruthy();
    expect(body(post?.body)).toEqual({ name: 'db1', cluster: { id: '00000002-0002-0002-0002-000000000092' }, template: { id: 't-rhel' },
      disks: { clone: true }, memory: 2147483648 });
  });

  it('shows the engine fault inside the form and keeps what the user typed', async () => {
    fakeFetch([...common, { method: 'POST', path: '/vms', answer: () => xmlResponse(FAULT, 409) }]);
    const { onSaved } = renderForm({ defaults: { cluster: '00000002-0002-0002-0002-000000000092', template: 't-rhel' } });
    await typeInto(field('Name'), 'web1');
    await typeInto(field('Description'), 'my notes');
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Operation Failed');
    expect(alert).toHaveTextContent('The VM name is already in use.');
    expect(field('Name')).toHaveValue('web1');
    expect(field('Description')).toHaveValue('my notes');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('keeps a draft across a reload, without passwords', async () => {
    fakeFetch(common);
    const first = renderForm();
    await typeInto(field('Name'), 'half-done');
    fireEvent.click(screen.getByRole('button', { name: 'Initialization' }));
    await typeInto(field('Password'), 's3cret');
    first.unmount();
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('s3cret');

    renderForm();
    expect(field('Name')).toHaveValue('half-done');
    expect(screen.getByText(/Restored the input you had not saved/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(field('Name')).toHaveValue('');
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('portal-draft:'))).toEqual([]);
  });
});

describe('ResourceForm, edit', { timeout: 30_000 }, () => {
  it('disables what cannot change and PUTs only the changed element, in bytes', async () => {
    const { calls } = fakeFetch([...common, { method: 'PUT', path: '/vms/v1', answer: (r) => xmlResponse(r.body ?? '') }]);
    const { onSaved } = renderForm({ mode: 'edit', initial: vmEntity() });
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(field('Template')).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'System' }));
    expect(field('Memory')).toHaveValue('1024');
    await typeInto(field('Memory'), '4096');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const put = calls.filter((c) => c.method === 'PUT');
    expect(put).toHaveLength(1);
    expect(body(put[0].body)).toEqual({ memory: 4294967296 });
  });

  it('offers the enum values of /capabilities', async () => {
    fakeFetch(common);
    renderForm({ mode: 'edit', initial: vmEntity() });
    fireEvent.click(screen.getByRole('button', { name: 'System' }));
    const os = field('Operating system');
    await waitFor(() => expect(within(os).getAllByRole('option').map((o) => o.textContent)).toEqual(['(engine default)', 'rhel_7x64', 'windows_10']));
    expect(os).toHaveValue('rhel_7x64');
  });

  it('saves after the user logs in again when the session expired while editing', async () => {
    let alive = false;
    const { calls } = fakeFetch([...common, {
      method: 'PUT', path: '/vms/v1', answer: (r) => (alive ? xmlResponse(r.body ?? '') : htmlResponse(unauthorized41, 401)),
    }]);
    const { onSaved } = renderForm({ mode: 'edit', initial: vmEntity() });
    await typeInto(field('Description'), 'after login');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(session.get().status).toBe('expired'));
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
    expect(field('Description')).toHaveValue('after login');
    alive = true;
    await act(async () => session.loggedIn()); // what the login dialog does after a successful login
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect(body(puts[1].body)).toEqual({ description: 'after login' });
  });

  it('tells the user when nothing changed instead of sending an empty PUT', async () => {
    const { calls } = fakeFetch(common);
    renderForm({ mode: 'edit', initial: vmEntity() });
    await typeInto(field('Description'), 'front ');
    await typeInto(field('Description'), 'front');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });
});
