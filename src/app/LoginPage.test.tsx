// The login page: the engine's refusal is shown, what was typed stays; success leads into the portal.
import { screen, waitFor } from '@testing-library/react';
import userEventLike from '../test/typeInto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import api41 from '../api/__fixtures__/api-4.1.xml?raw';
import unauthorized41 from '../api/__fixtures__/401-4.1.html?raw';
import { session } from '../api';
import { fakeFetch, htmlResponse, xmlResponse } from '../test/fakeFetch';
import { renderPage } from '../test/renderPage';
import LoginPage from './LoginPage';

beforeEach(() => session.loggedOut());
afterEach(() => vi.unstubAllGlobals());

const basic = (s: string) => `Basic ${btoa(s)}`;

describe('LoginPage', () => {
  it('a wrong password shows the engine\'s 401 and keeps what was typed', async () => {
    const { calls } = fakeFetch([{
      path: '/',
      answer: (req) => (req.headers.get('Authorization') === basic('admin@internal:ovirt') ? xmlResponse(api41) : htmlResponse(unauthorized41, 401, { 'WWW-Authenticate': 'Basic realm="RESTAPI"' })),
    }]);
    renderPage(<LoginPage />);
    expect(screen.getByLabelText('Domain')).toHaveValue('internal');
    await userEventLike(screen.getByLabelText('User name'), 'admin');
    await userEventLike(screen.getByLabelText('Password'), 'wrong');
    screen.getByRole('button', { name: 'Log in' }).click();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Unauthorized \(401\)/);
    expect(screen.getByLabelText('User name')).toHaveValue('admin');
    expect(screen.getByLabelText('Domain')).toHaveValue('internal');
    expect(screen.getByLabelText('Password')).toHaveValue('wrong');
    expect(calls[0].headers.get('Authorization')).toBe(basic('admin@internal:wrong'));
    expect(session.get().status).toBe('loggedOut');

    await userEventLike(screen.getByLabelText('Password'), 'ovirt');
    screen.getByRole('button', { name: 'Log in' }).click();
    await waitFor(() => expect(session.get()).toEqual({ status: 'loggedIn', user: 'admin@internal', filtered: false }));
  });

  it('admin@internal in the user name carries its domain: the domain field follows, the engine gets admin@internal', async () => {
    const { calls } = fakeFetch([{
      path: '/',
      answer: (req) => (req.headers.get('Authorization') === basic('admin@internal:ovirt') ? xmlResponse(api41) : htmlResponse(unauthorized41, 401, { 'WWW-Authenticate': 'Basic realm="RESTAPI"' })),
    }]);
    renderPage(<LoginPage />);
    await userEventLike(screen.getByLabelText('Domain'), 'corp');
    await userEventLike(screen.getByLabelText('User name'), 'admin@internal');
    expect(screen.getByLabelText('Domain')).toHaveValue('internal');
    expect(screen.getByLabelText('Domain')).toHaveAttribute('readonly');
    await userEventLike(screen.getByLabelText('Password'), 'ovirt');
    screen.getByRole('button', { name: 'Log in' }).click();
    await waitFor(() => expect(session.get()).toEqual({ status: 'loggedIn', user: 'admin@internal', filtered: false }));
    expect(calls[0].headers.get('Authorization')).toBe(basic('admin@internal:ovirt'));
    expect(JSON.parse(localStorage.getItem('portal.loginDomains')!)).toEqual(['internal']);
  });

  it('removing the @domain gives the domain field back with what was typed there', async () => {
    renderPage(<LoginPage />);
    await userEventLike(screen.getByLabelText('Domain'), 'corp');
    await userEventLike(screen.getByLabelText('User name'), 'jo@internal');
    expect(screen.getByLabelText('Domain')).toHaveValue('internal');
    await userEventLike(screen.getByLabelText('User name'), 'jo');
    expect(screen.getByLabelText('Domain')).toHaveValue('corp');
    expect(screen.getByLabelText('Domain')).not.toHaveAttribute('readonly');
  });

  it('an engine that cannot be reached says so', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    renderPage(<LoginPage />);
    await userEventLike(screen.getByLabelText('User name'), 'admin');
    screen.getByRole('button', { name: 'Log in' }).click();
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be reached/);
  });
});
