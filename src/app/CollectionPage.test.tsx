// A collection list over a fake engine: columns from the element table (status as text, cluster by name,
// memory in GiB), the engine asked for one sorted page; a collection the engine cannot search is listed whole.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, xmlResponse } from '../test/fakeFetch';
import { renderPage } from '../test/renderPage';
import CollectionPage from './CollectionPage';

// Whole pages with a data grid render slowly on a busy machine; the assertions, not the clock, are the test.
vi.setConfig({ testTimeout: 20_000 });
afterEach(() => vi.unstubAllGlobals());

const API = ['hosts', 'clusters', 'roles', 'tags'].map((c) => `<link href="/ovirt-engine/api/${c}" rel="${c}"/>`).join('')
  + ['hosts', 'clusters'].map((c) => `<link href="/ovirt-engine/api/${c}?search={query}" rel="${c}/search"/>`).join('');
const HOSTS = '<hosts>'
  + '<host id="h1" href="/ovirt-engine/api/hosts/h1"><name>host01</name><address>h1.example.com</address><status><state>up</state></status>'
  + '<cluster id="c1" href="/ovirt-engine/api/clusters/c1"/><memory>274877906944</memory></host>'
  + '<host id="h4" href="/ovirt-engine/api/hosts/h4"><name>host04</name><status><state>maintenance</state></status><cluster id="c1"/></host></hosts>';

describe('CollectionPage', () => {
  it('lists hosts with status text, cluster names and sizes, one page asked of the engine', async () => {
    const { calls } = fakeFetch([
      { path: '/', answer: () => xmlResponse(`<api>${API}</api>`) },
      { path: /^\/hosts\?search=/, answer: () => xmlResponse(HOSTS) },
      { path: '/clusters/c1', answer: () => xmlResponse('<cluster id="c1"><name>Default</name></cluster>') },
      { path: '/tags', answer: () => xmlResponse('<tags/>') },
    ]);
    renderPage(<CollectionPage segment="hosts" label="Hosts" />, { url: '/hosts' });
    const grid = await screen.findByRole('grid', { name: 'Hosts' });
    const row = (await within(grid).findByRole('link', { name: 'host01' })).closest('[role="row"]') as HTMLElement;
    expect(within(grid).getByRole('link', { name: 'host01' })).toHaveAttribute('href', '/hosts/h1');
    await waitFor(() => expect(row).toHaveTextContent('Default'));
    expect(row).toHaveTextContent('Up');
    expect(row).toHaveTextContent('256 GiB');
    expect(calls.filter((c) => c.path.startsWith('/hosts?')).map((c) => c.path)).toEqual(['/hosts?search=sortby name asc page 1']);
    // The cluster's name by its id, once for both rows; never the whole clusters collection.
    expect(calls.filter((c) => c.path.startsWith('/clusters')).map((c) => c.path)).toEqual(['/clusters/c1']);

    // The row's actions follow its state: maintenance offers Activate and Remove, not Maintenance.
    await act(async () => fireEvent.click(within(grid).getByRole('button', { name: 'Actions for host04' })));
    const menu = screen.getByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Activate' })).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Remove' })).toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: 'Maintenance' })).toBeNull();
  });

  it('lists a collection the engine cannot search whole, without a search box', async () => {
    const { calls } = fakeFetch([
      { path: '/', answer: () => xmlResponse(`<api>${API}</api>`) },
      { path: '/roles', answer: () => xmlResponse('<roles><role id="r1"><name>UserRole</name><administrative>false</administrative><mutable>false</mutable></role></roles>') },
    ]);
    renderPage(<CollectionPage segment="roles" label="Roles" />, { url: '/roles' });
    const grid = await screen.findByRole('grid', { name: 'Roles' });
    const row = (await within(grid).findByRole('link', { name: 'UserRole' })).closest('[role="row"]') as HTMLElement;
    expect(row).toHaveTextContent('No');
    expect(screen.queryByRole('search')).toBeNull();
    expect(calls.filter((c) => c.path.startsWith('/roles')).map((c) => c.path)).toEqual(['/roles']);
  });
});
