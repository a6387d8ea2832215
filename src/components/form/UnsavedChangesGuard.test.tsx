// Leaving a form with unsaved changes asks first (data router blocker); a clean form leaves at once.
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { session } from '../../api';
import { tables } from '../../schema';
import { fakeFetch, xmlResponse } from '../../test/fakeFetch';
import { freshClient } from '../../test/renderPage';
import typeInto from '../../test/typeInto';
import ResourceForm from './ResourceForm';

beforeEach(() => {
  sessionStorage.clear();
  session.loggedIn('admin@internal');
  fakeFetch([{ path: '/', answer: () => xmlResponse(api41) }, { path: '/capabilities', answer: () => xmlResponse('<capabilities/>') }]);
});
afterEach(() => vi.unstubAllGlobals());

function renderWithDataRouter() {
  const router = createMemoryRouter([
    { path: '/tags/new', element: <><Link to="/tags">Back to tags</Link><ResourceForm table={tables.tags} mode="create" collectionPath="/tags" /></> },
    { path: '/tags', element: <h1>Tags list</h1> },
  ], { initialEntries: ['/tags/new'] });
  render(<ThemeProvider theme={createTheme()}><QueryClientProvider client={freshClient()}><RouterProvider router={router} /></QueryClientProvider></ThemeProvider>);
  return router;
}

describe('UnsavedChangesGuard', () => {
  it('asks before leaving a changed form; Stay keeps the input, Leave goes', async () => {
    const router = renderWithDataRouter();
    await typeInto(screen.getByLabelText(/^Name/, { selector: 'input' }), 'prod');
    fireEvent.click(screen.getByRole('link', { name: 'Back to tags' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('have not been saved');
    fireEvent.click(screen.getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.pathname).toBe('/tags/new');
    expect(screen.getByLabelText(/^Name/, { selector: 'input' })).toHaveValue('prod');

    fireEvent.click(screen.getByRole('link', { name: 'Back to tags' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { name: 'Tags list' })).toBeInTheDocument();
  });

  it('lets an untouched form go without asking, and asks the browser on reload only when changed', async () => {
    renderWithDataRouter();
    const unload = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await typeInto(screen.getByLabelText(/^Name/, { selector: 'input' }), 'x');
    expect(unload()).toBe(true);
    await typeInto(screen.getByLabelText(/^Name/, { selector: 'input' }), '');
    expect(unload()).toBe(false);
    act(() => { fireEvent.click(screen.getByRole('link', { name: 'Back to tags' })); });
    expect(await screen.findByRole('heading', { name: 'Tags list' })).toBeInTheDocument();
  });
});
