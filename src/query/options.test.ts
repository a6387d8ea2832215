// Keys come from the factory; lists, details and sub-collections find their URLs through the entry point.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import api31 from '../api/__fixtures__/api-3.1.xml?raw';
import api41 from '../api/__fixtures__/api-4.1.xml?raw';
import vms41 from '../api/__fixtures__/vms-4.1.xml?raw';
import { session } from '../api';
import { fakeFetch, xmlResponse } from '../test/fakeFetch';
import { freshClient } from '../test/renderPage';
import { keys } from './keys';
import { allQuery, detailQuery, entryPointQuery, listQuery, subQuery } from './options';

beforeEach(() => session.loggedOut());
afterEach(() => vi.unstubAllGlobals());

describe('query keys', () => {
  it('follow [c], [c,list,params], [c,detail,id], [c,detail,id,sub]', () => {
    const params = { criteria: 'status=up', sortBy: 'name', order: 'desc' as const, page: 2 };
    expect(keys.all('vms')).toEqual(['vms']);
    expect(keys.list('vms', params)).toEqual(['vms', 'list', params]);
    expect(keys.detail('vms', '1')).toEqual(['vms', 'detail', '1']);
    expect(keys.sub('vms', '1', 'disks')).toEqual(['vms', 'detail', '1', 'disks']);
    expect(listQuery('vms', params).queryKey).toEqual(keys.list('vms', params));
    expect(subQuery('vms', '1', 'nics').queryKey.slice(0, 3)).toEqual(keys.detail('vms', '1'));
  });
});

describe('query functions', () => {
  it('a list page puts criteria, sortby and page in the search string of the vms/search template', async () => {
    const { calls } = fakeFetch([{ path: '/', answer: () => xmlResponse(api41) }, { path: /^\/vms\?/, answer: () => xmlResponse(vms41) }]);
    const page = await freshClient().fetchQuery(listQuery('vms', { criteria: 'name="my vm"', sortBy: 'memory', order: 'desc', page: 2 }));
    expect(calls[1].url).toBe('/ovirt-engine/api/vms?search=name%3D%22my%20vm%22%20sortby%20memory%20desc%20page%202');
    expect(page.items).toHaveLength(8);
    expect(page.items[0].status.state).toBe('down');
    expect(page.hasNextPage).toBe(false);
  });

  it('follows the links of a 3.1 engine (/api prefix) to the same-origin mount', async () => {
    const { calls } = fakeFetch([{ path: '/', answer: () => xmlResponse(api31) }, { path: '/hosts', answer: () => xmlResponse('<hosts><host id="h1"><name>a</name></host></hosts>') }]);
    const hosts = await freshClient().fetchQuery(allQuery('hosts'));
    expect(hosts.map((h) => h.name)).toEqual(['a']);
    expect(calls[1].url).toBe('/ovirt-engine/api/hosts');
  });

  it('a sub-collection uses the resource\'s own link', async () => {
    const { calls } = fakeFetch([
      { path: '/', answer: () => xmlResponse(api41) },
      { path: '/vms/1', answer: () => xmlResponse('<vm id="1"><name>a</name><link href="/ovirt-engine/api/vms/1/disks" rel="disks"/></vm>') },
      { path: '/vms/1/disks', answer: () => xmlResponse('<disks><disk id="d1"><name>root</name></disk></disks>') },
    ]);
    const client = freshClient();
    const disks = await client.fetchQuery(subQuery('vms', '1', 'disks'));
    expect(disks.map((d) => d.name)).toEqual(['root']);
    expect(calls.map((c) => c.path)).toEqual(['/', '/vms/1', '/vms/1/disks']);
    expect(client.getQueryData(detailQuery('vms', '1').queryKey)?.name).toBe('a');
    expect(client.getQueryData(entryPointQuery().queryKey)?.collections.vms).toBe('/vms');
  });

  it('a full page of 100 means there is a next page', async () => {
    const many = `<vms>${Array.from({ length: 100 }, (_, i) => `<vm id="v${i}"><name>v${i}</name></vm>`).join('')}</vms>`;
    fakeFetch([{ path: '/', answer: () => xmlResponse(api41) }, { path: /^\/vms\?/, answer: () => xmlResponse(many) }]);
    const page = await freshClient().fetchQuery(listQuery('vms', { criteria: '', page: 1 }));
    expect(page).toMatchObject({ page: 1, hasNextPage: true });
  });
});
