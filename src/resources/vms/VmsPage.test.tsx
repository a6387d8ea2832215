// The VM list over recorded oVirt 4.1 XML: rows, status text, host and cluster names fetched by id (only
// the referenced ones, never the whole collections), and search/sort/page sent to the engine and kept in the URL.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import clusters41 from '../../api/__fixtures__/clusters-4.1.xml?raw';
import hosts41 from '../../api/__fixtures__/hosts-4.1.xml?raw';
import vms41 from '../../api/__fixtures__/vms-4.1.xml?raw';
import { fakeFetch, xmlResponse } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import typeInto from '../../test/typeInto';
import VmsPage from './VmsPage';

afterEach(() => vi.unstubAllGlobals());

// vm1 running on host bodh2 (the recording has every VM down).
const vmsWithOneUp = vms41.replace(
  /(<name>vm1<\/name>[\s\S]*?<state>)down(<\/state>)/,
  '$1up$2',
).replace(/(<name>vm1<\/name>)/, '$1<host href="/ovirt-engine/api/hosts/69cd8141-a6f5-4968-880d-121de26f3747" id="69cd8141-a6f5-4968-880d-121de26f3747"/>');

/** One item of a recorded collection document, as the engine answers `GET /<collection>/{id}`. */
function itemOf(xml: string, tag: string, path: string): Response {
  const id = path.slice(path.lastIndexOf('/') + 1);
  const item = new RegExp(`<${tag} [^>]*id="${id}"[\\s\\S]*?</${tag}>`).exec(xml)?.[0];
  return item ? xmlResponse(item) : xmlResponse('<fault><reason>Not Found</reason></fault>', 404);
}

function engine(vmsBody = vmsWithOneUp) {
  return fakeFetch([
    { path: '/', answer: () => xmlResponse(api41) },
    { path: /^\/hosts\/[^/]+$/, answer: (req) => itemOf(hosts41, 'host', req.path) },
    { path: /^\/clusters\/[^/]+$/, answer: (req) => itemOf(clusters41, 'cluster', req.path) },
    { path: /^\/vms\?search=/, answer: () => xmlResponse(vmsBody) },
  ]);
}

describe('VmsPage', { timeout: 30_000 }, () => {
  it('renders the engine\'s VMs with status text, host, cluster, memory and CPU', async () => {
    const { calls } = engine();
    renderPage(<VmsPage />, { url: '/vms' });
    const grid = await screen.findByRole('grid');
    const link = await within(grid).findByRole('link', { name: 'vm1' });
    const vm1Id = vms41.split('<vm href=').find((v) => v.includes('<name>vm1</name>'))?.match(/id="([^"]+)"/)?.[1];
    expect(link).toHaveAttribute('href', `/vms/${vm1Id}`);
    const row = link.closest('[role="row"]') as HTMLElement;
    await waitFor(() => expect(row).toHaveTextContent('bodh2'));
    expect(row).toHaveTextContent('Up');
    expect(row).toHaveTextContent('cc1'); // cluster 504ae500-... by name
    expect(row).toHaveTextContent('3.93 GiB'); // 4219469824 bytes
    expect(row).toHaveTextContent('1×4'); // 1 core × 4 sockets

    const other = within(grid).getByRole('link', { name: 'external-manageiq' }).closest('[role="row"]') as HTMLElement;
    expect(other).toHaveTextContent('Down');
    expect(other).toHaveTextContent('5.97 GiB');
    expect(other).toHaveTextContent('Default');
    expect(within(grid).getByRole('link', { name: 'vm2' }).closest('[role="row"]')).toHaveTextContent('1 GiB');
    expect(within(grid).getAllByRole('row').length).toBe(1 + 8); // header + every VM of the page

    const vmCalls = calls.filter((c) => c.path.startsWith('/vms?'));
    expect(vmCalls.map((c) => c.path)).toEqual(['/vms?search=sortby name asc page 1']);
    // Usage bars: statistics only for the VM that runs (vm1), none for the ones that are down.
    await waitFor(() => expect(calls.filter((c) => c.path.endsWith('/statistics')).map((c) => c.path)).toEqual([`/vms/${vm1Id}/statistics`]));
    // Names by id: each referenced host and cluster once (not per row), never the whole collections.
    const named = (c: string) => calls.filter((x) => x.path.startsWith(`/${c}`)).map((x) => x.path);
    expect(named('hosts')).toEqual(['/hosts/69cd8141-a6f5-4968-880d-121de26f3747']);
    const clusterIds = new Set([...vms41.matchAll(/<cluster [^>]*id="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(named('clusters'))).toEqual(new Set([...clusterIds].map((id) => `/clusters/${id}`)));
    expect(named('clusters')).toHaveLength(clusterIds.size);
  });

  it('sends the URL\'s search, sort and page to the engine', async () => {
    const { calls } = engine();
    renderPage(<VmsPage />, { url: '/vms?q=status%3Dup&sort=memory&order=desc&page=2' });
    await screen.findByRole('grid');
    expect(calls.find((c) => c.path.startsWith('/vms'))?.url).toBe('/ovirt-engine/api/vms?search=status%3Dup%20sortby%20memory%20desc%20page%202');
    expect(screen.getByLabelText('Search virtual machines')).toHaveValue('status=up');
  });

  it('a search typed in the engine language lands in the URL and the request', async () => {
    const { calls } = engine();
    renderPage(<VmsPage />, { url: '/vms' });
    await screen.findByRole('grid');
    await typeInto(screen.getByLabelText('Search virtual machines'), 'name=vm* sortby name desc');
    fireEvent.submit(screen.getByRole('search'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/vms?q=name%3Dvm*&order=desc'));
    await waitFor(() => expect(calls.some((c) => c.path === '/vms?search=name=vm* sortby name desc page 1')).toBe(true));
  });

  it('an empty result still shows the grid (with its own empty message)', async () => {
    engine('<vms/>');
    renderPage(<VmsPage />, { url: '/vms?q=name%3Dnone' });
    const grid = await screen.findByRole('grid');
    expect(within(grid).queryAllByRole('link')).toHaveLength(0);
  });
});
