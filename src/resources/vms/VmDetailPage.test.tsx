// A VM's page: heading, general info with linked host/cluster/template names, and a tab per
// sub-collection fetched when opened.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import clusters41 from '../../api/__fixtures__/clusters-4.1.xml?raw';
import hosts41 from '../../api/__fixtures__/hosts-4.1.xml?raw';
import { fakeFetch, htmlResponse, xmlResponse } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import VmDetailPage from './VmDetailPage';

afterEach(() => vi.unstubAllGlobals());

const VM = `<vm href="/ovirt-engine/api/vms/v1" id="v1"><name>web-1</name>
  <link href="/ovirt-engine/api/vms/v1/disks" rel="disks"/><link href="/ovirt-engine/api/vms/v1/nics" rel="nics"/>
  <status><state>up</state></status><memory>2147483648</memory><cpu><topology sockets="2" cores="4"/></cpu>
  <host href="/ovirt-engine/api/hosts/5bf6b336-f86d-4551-ac08-d34621ec5f0a" id="5bf6b336-f86d-4551-ac08-d34621ec5f0a"/>
  <cluster id="504ae500-3476-450e-8243-f6df0f7f7acf"/><template id="t0"/></vm>`;

function engine() {
  return fakeFetch([
    { path: '/', answer: () => xmlResponse(api41) },
    { path: '/vms/v1', answer: () => xmlResponse(VM) },
    { path: '/hosts', answer: () => xmlResponse(hosts41) },
    { path: '/clusters', answer: () => xmlResponse(clusters41) },
    { path: '/templates/t0', answer: () => xmlResponse('<template id="t0"><name>Blank</name></template>') },
    { path: '/vms/v1/disks', answer: () => xmlResponse('<disks><disk id="d1"><alias>web-1_Disk1</alias><provisioned_size>10737418240</provisioned_size><status><state>ok</state></status></disk></disks>') },
    { path: '/vms/v1/nics', answer: () => xmlResponse('<nics><nic id="n1"><name>nic1</name><mac address="00:1a:4a:16:01:51"/></nic></nics>') },
  ]);
}

describe('VmDetailPage', () => {
  it('shows the VM, its references by name, and its disks then NICs', async () => {
    const { calls } = engine();
    renderPage(<VmDetailPage />, { url: '/vms/v1', path: '/vms/:id' });
    expect(await screen.findByRole('heading', { name: 'web-1' })).toBeInTheDocument();
    const general = screen.getByLabelText('General');
    expect(general).toHaveTextContent('2 GiB');
    expect(general).toHaveTextContent('4×2');
    expect(await within(general).findByRole('link', { name: 'bodh1' })).toHaveAttribute('href', '/hosts/5bf6b336-f86d-4551-ac08-d34621ec5f0a');
    expect(await within(general).findByRole('link', { name: 'cc1' })).toBeInTheDocument();
    expect(await within(general).findByRole('link', { name: 'Blank' })).toHaveAttribute('href', '/templates/t0');

    expect(screen.getByRole('tab', { name: 'Disks' })).toHaveAttribute('aria-selected', 'true');
    const disks = await screen.findByRole('table', { name: 'Disks' });
    expect(disks).toHaveTextContent('web-1_Disk1');
    expect(disks).toHaveTextContent('10 GiB');
    expect(calls.some((c) => c.path === '/vms/v1/nics')).toBe(false); // fetched when its tab opens

    fireEvent.click(screen.getByRole('tab', { name: 'NICs' }));
    expect(await screen.findByRole('table', { name: 'NICs' })).toHaveTextContent('00:1a:4a:16:01:51');
    expect(screen.getByTestId('location')).toHaveTextContent('/vms/v1?tab=nics');
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
