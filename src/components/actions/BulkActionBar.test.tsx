// A bulk action over three hosts where the engine refuses one: per-item results with the engine's reason,
// the selection cleared after the run, and "Retry failed" sending only the failed item again.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { taskStore } from '../../tasks';
import { fakeFetch, xmlResponse } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import type { XmlObject } from '../../xsd/parse';
import BulkActionBar, { bulkChoices } from './BulkActionBar';

// Dialogs with a data grid render slowly on a busy machine; the assertions, not the clock, are the test.
vi.setConfig({ testTimeout: 20_000 });
afterEach(() => {
  vi.unstubAllGlobals();
  taskStore.reset();
});

const host = (n: number, state = 'up'): XmlObject => ({ id: `h${n}`, name: `host0${n}`, href: `/ovirt-engine/api/hosts/h${n}`, status: { state } });
const REFUSED = '<action><status><state>failed</state></status><fault><reason>Operation Failed</reason>'
  + '<detail>[The following Hosts have running VMs and cannot be switched to maintenance mode: host02.]</detail></fault></action>';

describe('BulkActionBar', () => {
  it('offers bulk actions every selected item allows', () => {
    expect(bulkChoices('hosts', [host(1), host(2)]).map((c) => (c === 'remove' ? c : c.name))).toEqual(['deactivate', 'commitnetconfig', 'refresh']);
    expect(bulkChoices('hosts', [host(1), host(4, 'maintenance')]).map((c) => (c === 'remove' ? c : c.name))).toEqual(['commitnetconfig', 'refresh']);
  });

  it('runs on each, shows per-item results, clears the selection, and retries only the failed', async () => {
    let refuse = true;
    const { calls } = fakeFetch([
      { method: 'POST', path: '/hosts/h2/deactivate', answer: () => (refuse ? xmlResponse(REFUSED, 409) : xmlResponse('<action><status><state>complete</state></status></action>')) },
      { method: 'POST', path: /^\/hosts\/h\d\/deactivate$/, answer: () => xmlResponse('<action><status><state>complete</state></status></action>') },
    ]);
    const onClear = vi.fn();
    renderPage(<BulkActionBar segment="hosts" selected={[host(1), host(2), host(3)]} onClear={onClear} noun="hosts" />);
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    expect(bar).toHaveTextContent('3 selected');
    await act(async () => fireEvent.click(within(bar).getByRole('button', { name: 'Maintenance' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Maintenance 3 hosts' })));
    const results = await screen.findByRole('dialog', { name: 'Maintenance 3 hosts' });
    await waitFor(() => expect(within(results).getByRole('status')).toHaveTextContent('2 done, 1 failed'));
    expect(within(results).getByRole('listitem', { name: 'host01: Done' })).toBeInTheDocument();
    expect(within(results).getByRole('listitem', { name: 'host03: Done' })).toBeInTheDocument();
    expect(within(results).getByRole('listitem', { name: 'host02: Failed' })).toHaveTextContent('The following Hosts have running VMs and cannot be switched to maintenance mode: host02.');
    expect(onClear).toHaveBeenCalled();
    expect(calls.map((c) => c.path).sort()).toEqual(['/hosts/h1/deactivate', '/hosts/h2/deactivate', '/hosts/h3/deactivate']);

    refuse = false;
    await act(async () => fireEvent.click(within(results).getByRole('button', { name: 'Retry failed' })));
    await waitFor(() => expect(within(results).getByRole('status')).toHaveTextContent('3 done, 0 failed'));
    expect(calls.map((c) => c.path).slice(3)).toEqual(['/hosts/h2/deactivate']);
    expect(within(results).queryByRole('button', { name: 'Retry failed' })).toBeNull();
  });
});
