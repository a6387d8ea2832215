// Adding a user from a directory domain over a fake engine: typing searches the domain's users
// (`domains/{id}/users?search=allnames=jo*`), users already added are marked and cannot be chosen, the
// engine's refusal shows inside the dialog with the choice kept, then POST /users adds the chosen one.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { fakeFetch, xmlResponse, type Recorded } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import typeInto from '../../test/typeInto';
import AddFromDirectoryDialog from './AddFromDirectoryDialog';

afterEach(() => vi.unstubAllGlobals());

const D = '/ovirt-engine/api/domains/dom1';
const entry = (id: string, first: string, last: string, login: string) =>
  `<user href="${D}/users/${id}" id="${id}"><name>${first}</name><last_name>${last}</last_name><user_name>${login}</user_name><domain id="dom1"/></user>`;
const DIRECTORY = [entry('e1', 'John', 'Doe', 'john@example.com'), entry('e2', 'Joan', 'Smith', 'joan@example.com'), entry('e3', 'Mary', 'Major', 'mary@example.com')];

function engine() {
  let refused = false;
  return fakeFetch([
    { path: '/', answer: () => xmlResponse(api41) },
    { path: '/domains', answer: () => xmlResponse(`<domains><domain href="${D}" id="dom1"><name>example.com</name><link href="${D}/users" rel="users"/></domain></domains>`) },
    { method: 'GET', path: '/users', answer: () => xmlResponse('<users><user id="u1"><user_name>joan@example.com</user_name></user></users>') },
    { method: 'GET', path: /^\/domains\/dom1\/users/, answer: (req: Recorded) => {
      const search = new URL(req.url, 'http://x').searchParams.get('search') ?? '';
      const prefix = /^allnames=(\w*)\*$/.exec(search)?.[1]?.toLowerCase();
      const found = prefix === undefined ? DIRECTORY : DIRECTORY.filter((e) => [...e.matchAll(/>([^<]+)</g)].some((m) => m[1].toLowerCase().startsWith(prefix)));
      return xmlResponse(`<users>${found.join('')}</users>`);
    } },
    { method: 'POST', path: '/users', answer: (req: Recorded) => {
      if (!refused) {
        refused = true;
        return xmlResponse('<fault><reason>Operation Failed</reason><detail>[Cannot add User. The directory did not answer.]</detail></fault>', 409);
      }
      return xmlResponse(`<user id="u2"><user_name>${/<user_name>([^<]+)/.exec(req.body ?? '')?.[1]}</user_name></user>`, 201);
    } },
  ]);
}

describe('AddFromDirectoryDialog', () => {
  it('searches the directory as you type and adds the chosen user', async () => {
    const { calls } = engine();
    const onAdded = vi.fn();
    renderPage(<AddFromDirectoryDialog kind="users" onClose={() => undefined} onAdded={onAdded} />);
    const dialog = await screen.findByRole('dialog', { name: 'Add user from directory' });
    await within(dialog).findByRole('button', { name: 'mary@example.com' });

    await typeInto(within(dialog).getByLabelText('Search users'), 'jo');
    await waitFor(() => expect(within(dialog).queryByRole('button', { name: 'mary@example.com' })).toBeNull());
    expect(calls.some((c) => c.path === '/domains/dom1/users?search=allnames=jo*')).toBe(true);
    // Joan is already a portal user: shown, marked, not selectable.
    const joan = within(dialog).getByRole('button', { name: 'joan@example.com' });
    expect(joan.getAttribute('aria-disabled')).toBe('true');
    expect(within(joan).getByText(/Already added/)).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'john@example.com' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add john@example.com' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('The directory did not answer');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Add john@example.com' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalledWith('john@example.com'));
    const post = calls.filter((c) => c.method === 'POST').pop()!;
    expect(post.body).toContain('<user_name>john@example.com</user_name>');
    expect(post.body).toMatch(/<domain id="dom1">\s*<name>example.com<\/name>/);
  });
});
