// The whole portal over a fake engine: no session → login page; log in → dashboard counts; log out →
// the engine session ends (no Prefer) and the cache is empty.
import { screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import api41 from '../api/__fixtures__/api-4.1.xml?raw';
import unauthorized41 from '../api/__fixtures__/401-4.1.html?raw';
import { session } from '../api';
import { fakeFetch, htmlResponse, xmlResponse } from '../test/fakeFetch';
import { freshClient } from '../test/renderPage';
import typeInto from '../test/typeInto';
import App from './App';

beforeEach(() => session.loggedOut());
afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('logs in, shows the summary, logs out and forgets everything', async () => {
    let alive = false;
    const { calls } = fakeFetch([{
      path: '/',
      answer: (req) => {
        if (req.headers.get('Authorization') === `Basic ${btoa('admin@internal:ovirt')}`) alive = true;
        if (!req.headers.get('Prefer')) { alive = false; return xmlResponse(api41); }
        return alive ? xmlResponse(api41) : htmlResponse(unauthorized41, 401);
      },
    }]);
    const client = freshClient();
    window.history.pushState({}, '', '/');
    render(<App queryClient={client} />);
    await typeInto(screen.getByLabelText('User name'), 'admin');
    await typeInto(screen.getByLabelText('Password'), 'ovirt');
    screen.getByRole('button', { name: 'Log in' }).click();

    const vms = await screen.findByRole('region', { name: 'Virtual machines' });
    expect(vms).toHaveTextContent('8');
    expect(vms).toHaveTextContent('0 active');
    expect(screen.getByRole('region', { name: 'Storage domains' })).toHaveTextContent('5');
    expect(screen.getByText(/4\.1\.0_master/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Virtual Machines' })).toHaveAttribute('href', '/vms');
    expect(screen.getByRole('link', { name: 'Storage Domains' })).toHaveAttribute('href', '/storagedomains');

    screen.getByRole('button', { name: /log out/i }).click();
    await screen.findByLabelText('User name');
    // The logout request (no Prefer) is the last one sent: it may go out just after the login page shows.
    await waitFor(() => expect(calls[calls.length - 1].headers.get('Prefer')).toBeNull());
    await waitFor(() => expect(client.getQueryCache().getAll()).toHaveLength(0));
  });
});

describe('a lost session', () => {
  it('opens the login dialog over the page and retries what failed after re-login', async () => {
    let alive = false;
    const authorized = (h: Headers) => h.get('Authorization') === `Basic ${btoa('admin@internal:ovirt')}`;
    const { calls } = fakeFetch([
      { path: '/', answer: (req) => { if (authorized(req.headers)) alive = true; return alive ? xmlResponse(api41) : htmlResponse(unauthorized41, 401); } },
      { path: /^\/(hosts|clusters)$/, answer: () => xmlResponse('<hosts/>') },
      { path: /^\/vms\?/, answer: () => (alive ? xmlResponse('<vms><vm id="v1"><name>web-1</name><status><state>up</state></status></vm></vms>') : htmlResponse(unauthorized41, 401)) },
    ]);
    window.history.pushState({}, '', '/');
    render(<App queryClient={freshClient()} />);
    await typeInto(screen.getByLabelText('User name'), 'admin');
    await typeInto(screen.getByLabelText('Password'), 'ovirt');
    screen.getByRole('button', { name: 'Log in' }).click();
    await screen.findByRole('region', { name: 'Virtual machines' });

    alive = false; // the engine forgot the session
    screen.getByRole('link', { name: 'Virtual Machines' }).click();
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('User name')).toHaveValue('admin');
    await typeInto(within(dialog).getByLabelText('Password'), 'ovirt');
    within(dialog).getByRole('button', { name: 'Log in' }).click();

    expect(await screen.findByRole('link', { name: 'web-1' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.path.startsWith('/vms?')).length).toBe(2); // failed once, retried once
  });
});
