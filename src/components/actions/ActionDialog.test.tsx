// The action dialog against a fake engine: a removal needs the name typed, a forced removal too, an action's
// parameters go into the <action> body, and a refusal shows the engine's reason and detail inside the dialog
// with what the user chose still there.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { taskStore } from '../../tasks';
import { fakeFetch, xmlResponse } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import typeInto from '../../test/typeInto';
import type { XmlObject } from '../../xsd/parse';
import ActionButtons from './ActionButtons';
import ActionDialog from './ActionDialog';
import { actionTableFor } from '../../schema/actions';

// Dialogs with a data grid render slowly on a busy machine; the assertions, not the clock, are the test.
vi.setConfig({ testTimeout: 20_000 });
afterEach(() => {
  vi.unstubAllGlobals();
  taskStore.reset();
});

const host = (state: string): XmlObject => ({ id: 'h4', name: 'host04', href: '/ovirt-engine/api/hosts/h4', status: { state } });
const COMPLETE = '<action><status><state>complete</state></status></action>';
// Fence types per compatibility version, shaped like the real engine's document: 3.5 is made to list fewer.
const fenceTypes = (types: string[]) => `<fence_types>${types.map((f) => `<fence_type>${f}</fence_type>`).join('')}</fence_types>`;
const CAPS = `<capabilities><version major="3" minor="5"><current>false</current>${fenceTypes(['status', 'restart'])}</version>
  <version major="3" minor="6"><current>true</current>${fenceTypes(['manual', 'restart', 'start', 'stop', 'status'])}</version></capabilities>`;
const capabilities = { method: 'GET', path: '/capabilities', answer: () => xmlResponse(CAPS) };

describe('ActionDialog', () => {
  it('removes only after the name is typed exactly', async () => {
    const { calls } = fakeFetch([{ method: 'DELETE', path: '/hosts/h4', answer: () => new Response(null, { status: 204 }) }]);
    const onDone = vi.fn();
    renderPage(<ActionDialog segment="hosts" resource={host('maintenance')} choice="remove" onClose={() => {}} onDone={onDone} />);
    const dialog = screen.getByRole('dialog', { name: 'Remove host04' });
    const button = within(dialog).getByRole('button', { name: 'Remove' });
    expect(button).toBeDisabled();
    await typeInto(within(dialog).getByLabelText('Type host04 to confirm'), 'host4');
    expect(button).toBeDisabled();
    expect(within(dialog).getByText('The name does not match')).toBeInTheDocument();
    await typeInto(within(dialog).getByLabelText('Type host04 to confirm'), 'host04');
    expect(button).toBeEnabled();
    await act(async () => fireEvent.click(button));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('remove'));
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['DELETE /hosts/h4']);
    expect(calls[0].body).toBeUndefined();
  });

  it('asks for the name when Force is checked and sends <force> in the DELETE body', async () => {
    const { calls } = fakeFetch([{ method: 'DELETE', path: '/datacenters/d1', answer: () => new Response(null, { status: 204 }) }]);
    const dc = { id: 'd1', name: 'Default', href: '/ovirt-engine/api/datacenters/d1', status: { state: 'up' } };
    renderPage(<ActionDialog segment="datacenters" resource={dc} choice="remove" onClose={() => {}} />);
    await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: 'Force' })));
    const button = screen.getByRole('button', { name: 'Remove' });
    expect(button).toBeDisabled();
    await typeInto(screen.getByLabelText('Type Default to confirm'), 'Default');
    await act(async () => fireEvent.click(button));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].body).toMatch(/<action>\s*<force>true<\/force>\s*<\/action>/);
  });

  it('shows the engine\'s fault inside the dialog and keeps the chosen parameters', async () => {
    const fault = '<action><fence_type>stop</fence_type><status><state>failed</state></status><fault><reason>Operation Failed</reason>'
      + '<detail>[Cannot perform Stop operation, Host has to be in Maintenance mode in order to be stopped.]</detail></fault></action>';
    const { calls } = fakeFetch([capabilities, { method: 'POST', path: '/hosts/h4/fence', answer: () => xmlResponse(fault, 409) }]);
    const onDone = vi.fn();
    renderPage(<ActionButtons segment="hosts" resource={host('up')} onDone={onDone} max={10} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Power management' })));
    const dialog = screen.getByRole('dialog', { name: 'Power management host04' });
    expect(within(dialog).getByRole('button', { name: 'Power management' })).toBeDisabled(); // fence_type is required
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Operation/ }));
    await act(async () => fireEvent.click(await screen.findByRole('option', { name: 'Stop' })));
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Power management' })));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Operation Failed');
    expect(alert).toHaveTextContent('Host has to be in Maintenance mode in order to be stopped.');
    expect(within(dialog).getByRole('combobox', { name: /Operation/ })).toHaveTextContent('Stop');
    expect(calls.find((c) => c.method === 'POST')?.body).toMatch(/<fence_type>stop<\/fence_type>/);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('offers the fence types /capabilities lists for the host\'s cluster version, as a picker', async () => {
    fakeFetch([capabilities, { method: 'GET', path: '/', answer: () => xmlResponse(api41) }, { method: 'GET', path: '/clusters/c1', answer: () => xmlResponse('<cluster id="c1"><name>old</name><version major="3" minor="5"/></cluster>') }]);
    const inOldCluster = { ...host('up'), cluster: { id: 'c1' } };
    renderPage(<ActionDialog segment="hosts" resource={inOldCluster} choice={actionTableFor('hosts')!.actions.find((a) => a.name === 'fence')!} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Power management host04' });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Operation/ }));
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Status', 'Restart']));
  });

  it('offers only what the state allows', () => {
    renderPage(<ActionButtons segment="hosts" resource={host('maintenance')} max={20} />);
    const group = screen.getByRole('group', { name: 'Actions for host04' });
    expect(within(group).getByRole('button', { name: 'Activate' })).toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Remove' })).toBeInTheDocument();
    expect(within(group).queryByRole('button', { name: 'Maintenance' })).toBeNull();
    expect(within(group).queryByRole('button', { name: 'Select as SPM' })).toBeNull();
  });

  it('sends a synchronous action and closes when the engine reports it complete', async () => {
    const { calls } = fakeFetch([{ method: 'POST', path: '/hosts/h4/deactivate', answer: () => xmlResponse(COMPLETE) }]);
    const onDone = vi.fn();
    renderPage(<ActionButtons segment="hosts" resource={host('up')} onDone={onDone} max={20} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Maintenance' })));
    await typeInto(screen.getByLabelText('Reason'), 'disk swap');
    await act(async () => fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Maintenance' })));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls[0].body).toMatch(/<reason>disk swap<\/reason>/);
    expect(calls[0].headers.get('Correlation-Id')).toBeTruthy();
  });
});
