// The generic detail page driven by a tab table: tabs offered from the table and the resource's links,
// General from the element table with related objects as links, sub-collections fetched when opened,
// an explicit empty state, the tab in the URL, polling while the object is changing.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { fakeFetch, xmlResponse } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import DetailPage from './DetailPage';
import GeneralPanel from './GeneralPanel';
import type { DetailConfig } from './types';

afterEach(() => vi.unstubAllGlobals());

const B = '/ovirt-engine/api/hosts/h1';
const host = (state: string) => `<host href="${B}" id="h1"><name>host01</name>
  <link href="${B}/nics" rel="nics"/><link href="${B}/numanodes" rel="numanodes"/>
  <address>h1.example.com</address><status><state>${state}</state></status>
  <cluster href="/ovirt-engine/api/clusters/c1" id="c1"/><memory>274877906944</memory></host>`;

const config: DetailConfig = {
  collection: 'hosts',
  noun: 'Host',
  actions: false,
  tabs: [
    { key: 'general', label: 'General', render: ({ collection, object }) => <GeneralPanel collection={collection} object={object} /> },
    { key: 'nics', label: 'NICs', columns: () => [{ header: 'Name', value: (n) => String(n.name) }] },
    { key: 'numanodes', label: 'NUMA nodes' },
    { key: 'hooks', label: 'Hooks' },
  ],
};

function engine(states: string[]) {
  let n = 0;
  return fakeFetch([
    { path: '/', answer: () => xmlResponse(api41) },
    { path: '/hosts/h1', answer: () => xmlResponse(host(states[Math.min(n++, states.length - 1)])) },
    { path: '/clusters/c1', answer: () => xmlResponse('<cluster id="c1"><name>Default</name></cluster>') },
    { path: /^\/hosts(\?|$)/, answer: () => xmlResponse('<hosts/>') },
    { path: '/hosts/h1/nics', answer: () => xmlResponse('<host_nics><host_nic id="n1"><name>eth0</name></host_nic></host_nics>') },
    { path: '/hosts/h1/numanodes', answer: () => xmlResponse('<host_numa_nodes/>') },
  ]);
}

describe('DetailPage', () => {
  it('offers the tabs the table lists and the engine links, each fetched when opened', async () => {
    const { calls } = engine(['up']);
    renderPage(<DetailPage config={config} />, { url: '/hosts/h1', path: '/hosts/:id' });
    expect(await screen.findByRole('heading', { name: 'host01' })).toBeInTheDocument();
    // `hooks` is in the table but the engine links no such sub-collection for this host.
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['General', 'NICs', 'NUMA nodes']);

    const general = screen.getByLabelText('General', { selector: 'dl' });
    expect(general).toHaveTextContent('h1.example.com');
    expect(screen.getByLabelText('Hardware', { selector: 'dl' })).toHaveTextContent('Memory256 GiB');
    expect(await within(general).findByRole('link', { name: 'Default' })).toHaveAttribute('href', '/clusters/c1');
    expect(calls.some((c) => c.path === '/hosts/h1/nics')).toBe(false);

    fireEvent.click(screen.getByRole('tab', { name: 'NICs' }));
    expect(await screen.findByRole('table', { name: 'NICs' })).toHaveTextContent('eth0');
    expect(screen.getByTestId('location')).toHaveTextContent('/hosts/h1?tab=nics');

    fireEvent.click(screen.getByRole('tab', { name: 'NUMA nodes' }));
    expect(await screen.findByText('No NUMA nodes.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  }, 15_000);

  it('opens the tab named in the URL', async () => {
    engine(['up']);
    renderPage(<DetailPage config={config} />, { url: '/hosts/h1?tab=nics', path: '/hosts/:id' });
    expect(await screen.findByRole('table', { name: 'NICs' })).toHaveTextContent('eth0');
    expect(screen.getByRole('tab', { name: 'NICs' })).toHaveAttribute('aria-selected', 'true');
  });

  it('re-reads the object while it is in a transitional state, and stops when it settles', async () => {
    const { calls } = engine(['installing', 'up']);
    renderPage(<DetailPage config={config} />, { url: '/hosts/h1', path: '/hosts/:id' });
    expect((await screen.findAllByText('Installing')).length).toBeGreaterThan(0);
    expect((await screen.findAllByText('Up', {}, { timeout: 5000 })).length).toBeGreaterThan(0);
    const reads = () => calls.filter((c) => c.path === '/hosts/h1').length;
    expect(reads()).toBe(2);
    await new Promise((r) => setTimeout(r, 2500));
    expect(reads()).toBe(2);
  }, 10_000);
});
