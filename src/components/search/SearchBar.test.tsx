// The search bar suggests fields, operators and values as the user types, fills the text when one is chosen,
// and runs the search (criteria, sortby and page split) on Enter.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, xmlResponse } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import typeInto from '../../test/typeInto';
import SearchBar from './SearchBar';

// Whole pages with a data grid render slowly on a busy machine; the assertions, not the clock, are the test.
vi.setConfig({ testTimeout: 20_000 });
afterEach(() => vi.unstubAllGlobals());

const API = '<api><link href="/ovirt-engine/api/clusters" rel="clusters"/><link href="/ovirt-engine/api/clusters?search={query}" rel="clusters/search"/></api>';
const CLUSTERS = '<clusters><cluster id="c1" href="/ovirt-engine/api/clusters/c1"><name>Default</name></cluster>'
  + '<cluster id="c2" href="/ovirt-engine/api/clusters/c2"><name>prod east</name></cluster></clusters>';

function open(input: HTMLElement) {
  fireEvent.focus(input);
  fireEvent.mouseDown(input);
}

describe('SearchBar', () => {
  it('suggests a field, then its values, and fills the text when one is chosen', async () => {
    fakeFetch([]);
    renderPage(<SearchBar segment="hosts" label="Search hosts" value="" onSearch={() => {}} />);
    const input = screen.getByRole('combobox', { name: 'Search hosts' });
    open(input);
    await typeInto(input, 'stat');
    expect(screen.getByRole('option', { name: /^status/ })).toBeInTheDocument();
    await typeInto(input, 'status=main');
    const option = screen.getByRole('option', { name: /^maintenance/ });
    await act(async () => fireEvent.click(option));
    expect(input).toHaveValue('status=maintenance');
  });

  it('suggests cluster names from the live list, quoted when they need it', async () => {
    const { calls } = fakeFetch([
      { path: '/', answer: () => xmlResponse(API) },
      { path: '/clusters', answer: () => xmlResponse(CLUSTERS) },
    ]);
    renderPage(<SearchBar segment="hosts" label="Search hosts" value="" onSearch={() => {}} />);
    const input = screen.getByRole('combobox', { name: 'Search hosts' });
    open(input);
    await typeInto(input, 'status=up and cluster=');
    expect(await screen.findByRole('option', { name: /^prod east/ })).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByRole('option', { name: /^prod east/ })));
    expect(input).toHaveValue('status=up and cluster="prod east"');
    expect(calls.filter((c) => c.path === '/clusters')).toHaveLength(1);
  });

  it('runs the search on submit, lifting sortby and page out of the criteria', async () => {
    fakeFetch([]);
    const onSearch = vi.fn();
    renderPage(<SearchBar segment="hosts" label="Search hosts" value="" onSearch={onSearch} />);
    await typeInto(screen.getByRole('combobox', { name: 'Search hosts' }), 'status=up sortby memory desc page 3');
    fireEvent.submit(screen.getByRole('search'));
    await waitFor(() => expect(onSearch).toHaveBeenCalledWith({ criteria: 'status=up', sortBy: 'memory', order: 'desc', page: 3 }));
  });
});
