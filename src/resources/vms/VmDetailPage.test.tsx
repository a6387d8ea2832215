// A VM's page: general info with linked names, the actions its state allows (the rich ones with their own
// dialogs and bodies), and device tabs fetched when opened.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import clusters41 from '../../api/__fixtures__/clusters-4.1.xml?raw';
import hosts41 from '../../api/__fixtures__/hosts-4.1.xml?raw';
import { taskStore } from '../../tasks';
import { fakeFetch, htmlResponse, xmlResponse, type Route } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import VmDetailPage from './VmDetailPage';

afterEach(() => {
  vi.unstubAllGlobals();
  taskStore.reset();
});

const BODH1 = '5bf6b336-f86d-4551-ac08-d34621ec5f0a';
const CC1 = '504ae500-3476-450e-8243-f6df0f7f7acf';
const vmXml = (state: string) => `<vm href="/ovirt-engine/api/vms/v1" id="v1"><name>web-1</name>
  <link href="/ovirt-engine/api/vms/v1/disks" rel="disks"/><link href="/ovirt-engine/api/vms/v1/nics" rel="nics"/>
  <status><state>${state}</state></status><memory>2147483648</memory><cpu><topology sockets="2" cores="4"/></cpu>
  ${state === 'up' ? `<host href="/ovirt-engine/api/hosts/${BODH1}" id="${BODH1}"/>` : ''}
  <cluster id="${CC1}"/><template id="t0"/>
  <display><type>spice</type>${state === 'up' ? '<address>10.0.0.5</address><port>5900</port><secure_port>5901</secure_port>' : ''}<monitors>1</monitors></display>
  <high_availability><enabled>true</enabled><priority>50</priority></high_availability></vm>`;

function engine(state: string, extra: Route[] = []) {
  return fakeFetch([
    ...extra,
    { path: '/', answer: () => xmlResponse(api41) },
    { path: '/vms/v1', answer: () => xmlResponse(vmXml(state)) },
    { path: '/hosts', answer: () => xmlResponse(hosts41) },
    { path: '/clusters', answer: () => xmlResponse(clusters41) },
    { path: '/templates/t0', answer: () => xmlResponse('<template id="t0"><name>Blank</name></template>') },
    { path: '/vms/v1/disks', answer: () => xmlResponse('<disks><disk href="/ovirt-engine/api/vms/v1/disks/d1" id="d1"><alias>web-1_Disk1</alias><provisioned_size>10737418240</provisioned_size><active>true</active><status><state>ok</state></status></disk></disks>') },
    { path: '/vms/v1/nics', answer: () => xmlResponse('<nics><nic id="n1"><name>nic1</name><mac address="00:1a:4a:16:01:51"/></nic></nics>') },
  ]);
}

describe('VmDetailPage', { timeout: 30_000 }, () => {
  it('shows the VM with its references by name; Disks and NICs are fetched when their tab opens', async () => {
    const { calls } = engine('up');
    renderPage(<VmDetailPage />, { url: '/vms/v1', path: '/vms/:id' });
    expect(await screen.findByRole('heading', { name: 'web-1' })).toBeInTheDocument();
    const general = screen.getByRole('tabpanel', { name: 'General' });
    expect(general).toHaveTextContent('2 GiB');
    expect(general).toHaveTextContent('4×2');
    expect(general).toHaveTextContent('SPICE at 10.0.0.5:5900 (TLS 5901), 1 monitor');
    expect(general).toHaveTextContent('Yes (priority 50)');
    expect(await within(general).findByRole('link', { name: 'bodh1' })).toHaveAttribute('href', `/hosts/${BODH1}`);
    expect(await within(general).findByRole('link', { name: 'Blank' })).toHaveAttribute('href', '/templates/t0');
    expect(calls.some((c) => c.path === '/vms/v1/disks')).toBe(false);

    fireEvent.click(screen.getByRole('tab', { name: 'Disks' }));
    const disks = await screen.findByRole('table', { name: 'Disks' });
    expect(disks).toHaveTextContent('web-1_Disk1');
    expect(disks).toHaveTextContent('10 GiB');
    expect(within(disks).getByRole('button', { name: 'Deactivate' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('tab', { name: 'NICs' }));
    expect(await screen.findByRole('table', { name: 'NICs' })).toHaveTextContent('00:1a:4a:16:01:51');
    expect(screen.getByTestId('location')).toHaveTextContent('/vms/v1?tab=nics');
  });

  it('offers what the state allows: a running VM can be powered off and migrated, not started', async () => {
    engine('up');
    renderPage(<VmDetailPage />, { url: '/vms/v1', path: '/vms/:id' });
    const bar = await screen.findByRole('group', { name: 'Actions for web-1' });
    for (const name of ['Power off', 'Shut down', 'Suspend', 'Reboot', 'Migrate', 'Console']) expect(within(bar).getByRole('button', { name })).toBeInTheDocument();
    expect(within(bar).queryByRole('button', { name: 'Start' })).toBeNull();
    expect(within(bar).queryByRole('button', { name: 'Run once' })).toBeNull();
  });

  it('a stopped VM offers Start and Run once; Run once sends start with the chosen boot order, stateless and paused', async () => {
    const { calls } = engine('down', [
      { method: 'POST', path: '/vms/v1/start', answer: () => xmlResponse('<action><status><state>complete</state></status></action>') },
      { path: '/storagedomains', answer: () => xmlResponse('<storage_domains/>') },
    ]);
    renderPage(<VmDetailPage />, { url: '/vms/v1', path: '/vms/:id' });
    const bar = await screen.findByRole('group', { name: 'Actions for web-1' });
    expect(within(bar).queryByRole('button', { name: 'Migrate' })).toBeNull();
    fireEvent.click(within(bar).getByRole('button', { name: 'Run once' }));
    const dialog = await screen.findByRole('dialog', { name: 'Run web-1 once' });
    fireEvent.click(within(dialog).getByLabelText('Stateless (discard changes on shut down)'));
    fireEvent.click(within(dialog).getByLabelText('Start paused'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Run once' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/vms/v1/start');
    expect(post?.body).toMatch(/<action>\s*<vm>\s*<os>\s*<boot dev="hd"\/>\s*<\/os>\s*<stateless>true<\/stateless>\s*<\/vm>\s*<pause>true<\/pause>\s*<\/action>/);
  });

  it('Run once offers the display types and boot devices /capabilities lists, and sends the chosen display', async () => {
    // This engine lists only VNC and no network boot: the dialog offers what the engine lists, nothing of its own.
    const caps = `<capabilities><version major="4" minor="1"><current>true</current><display_types><display_type>vnc</display_type></display_types>
      <boot_devices><boot_device>hd</boot_device><boot_device>cdrom</boot_device></boot_devices></version></capabilities>`;
    const { calls } = engine('down', [
      { method: 'POST', path: '/vms/v1/start', answer: () => xmlResponse('<action><status><state>complete</state></status></action>') },
      { path: '/storagedomains', answer: () => xmlResponse('<storage_domains/>') },
      { path: '/capabilities', answer: () => xmlResponse(caps) },
    ]);
    renderPage(<VmDetailPage />, { url: '/vms/v1', path: '/vms/:id' });
    const bar = await screen.findByRole('group', { name: 'Actions for web-1' });
    fireEvent.click(within(bar).getByRole('button', { name: 'Run once' }));
    const dialog = await screen.findByRole('dialog', { name: 'Run web-1 once' });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'First boot device' }));
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Hard disk', 'CD-ROM']));
    fireEvent.click(screen.getByRole('option', { name: 'Hard disk' }));
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Display' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['As configured', 'VNC']);
    fireEvent.click(screen.getByRole('option', { name: 'VNC' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Run once' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.method === 'POST')?.body).toMatch(/<display>\s*<type>vnc<\/type>\s*<\/display>/);
  });

  it('a refused migration shows the engine\'s reason inside the dialog', async () => {
    engine('up', [{ method: 'POST', path: '/vms/v1/migrate', answer: () => xmlResponse('<fault><reason>Operation Failed</reason><detail>[Cannot migrate VM. VM is pinned to Host.]</detail></fault>', 409) }]);
    renderPage(<VmDetailPage />, { url: '/vms/v1', path: '/vms/:id' });
    fireEvent.click(within(await screen.findByRole('group', { name: 'Actions for web-1' })).getByRole('button', { name: 'Migrate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Migrate web-1' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Migrate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cannot migrate VM. VM is pinned to Host.');
  });

  it('an unknown VM shows the engine\'s 404 without a pointless Retry', async () => {
    fakeFetch([
      { path: '/', answer: () => xmlResponse(api41) },
      { path: '/vms/gone', answer: () => htmlResponse('<html><head><title>Error</title></head><body>Not Found</body></html>', 404) },
    ]);
    renderPage(<VmDetailPage />, { url: '/vms/gone', path: '/vms/:id' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/Not Found \(404\)/);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
