// The permissions tab over a fake engine: who holds what on a host, a grant the engine refuses (its
// reason shows inside the dialog and the choices stay), the grant that succeeds, and a removal.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import api41 from '../../api/__fixtures__/api-4.1.xml?raw';
import { fakeFetch, xmlResponse, type Recorded } from '../../test/fakeFetch';
import { renderPage } from '../../test/renderPage';
import PermissionsTab from './PermissionsTab';

afterEach(() => vi.unstubAllGlobals());

const BASE = '/ovirt-engine/api/hosts/h1';
const HOST = `<host href="${BASE}" id="h1"><name>host01</name><link href="${BASE}/permissions" rel="permissions"/></host>`;
const USERS = `<users><user id="u1"><name>Admin</name><user_name>admin@internal</user_name></user>
  <user id="u2"><name>Mary</name><user_name>mary@internal</user_name></user></users>`;
const GROUPS = '<groups><group id="g1"><name>demo/Engineering</name></group></groups>';
const ROLES = '<roles><role id="r1"><name>UserRole</name></role><role id="r2"><name>ClusterAdmin</name></role></roles>';
const permission = (id: string, role: string, holder: string) =>
  `<permission href="${BASE}/permissions/${id}" id="${id}"><role id="${role}"/>${holder}<host id="h1"/></permission>`;

function engine(opts: { refuseFirstGrant: boolean }) {
  let held = [permission('p1', 'r2', '<group id="g1"/>')];
  let refused = !opts.refuseFirstGrant;
  const route = fakeFetch([
    { path: '/', answer: () => xmlResponse(api41) },
    { path: '/hosts/h1', answer: () => xmlResponse(HOST) },
    { path: '/users', answer: () => xmlResponse(USERS) },
    { path: '/groups', answer: () => xmlResponse(GROUPS) },
    { path: '/roles', answer: () => xmlResponse(ROLES) },
    { method: 'GET', path: '/hosts/h1/permissions', answer: () => xmlResponse(`<permissions>${held.join('')}</permissions>`) },
    { method: 'POST', path: '/hosts/h1/permissions', answer: (req: Recorded) => {
      if (!refused) {
        refused = true;
        return xmlResponse('<fault><reason>Operation Failed</reason><detail>[Cannot add Permission. Permission already exists.]</detail></fault>', 409);
      }
      const user = /<user id="([^"]+)"/.exec(req.body ?? '')?.[1];
      const role = /<role id="([^"]+)"/.exec(req.body ?? '')?.[1];
      const p = permission('p2', role!, `<user id="${user}"/>`);
      held = [...held, p];
      return xmlResponse(p, 201);
    } },
    { method: 'DELETE', path: /^\/hosts\/h1\/permissions\/p\d$/, answer: (req: Recorded) => {
      held = held.filter((p) => !p.includes(`id="${req.path.split('/').pop()}"`));
      return new Response(null, { status: 200 });
    } },
  ]);
  return route;
}

async function choose(dialog: HTMLElement, label: string, option: string) {
  const input = within(dialog).getByRole('combobox', { name: label });
  await act(async () => {
    fireEvent.mouseDown(input);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
  });
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('PermissionsTab', () => {
  it('lists who holds which role, by name', async () => {
    engine({ refuseFirstGrant: false });
    renderPage(<PermissionsTab collection="hosts" id="h1" />);
    const table = await screen.findByRole('table', { name: 'Permissions' });
    expect(await within(table).findByText('ClusterAdmin')).toBeInTheDocument();
    expect(await within(table).findByText('demo/Engineering')).toBeInTheDocument();
    expect(within(table).getByText('Group')).toBeInTheDocument();
  });

  it('shows the engine\'s refusal inside the dialog, keeps the choices, then grants', async () => {
    const { calls } = engine({ refuseFirstGrant: true });
    renderPage(<PermissionsTab collection="hosts" id="h1" />);
    await screen.findByRole('table', { name: 'Permissions' });
    fireEvent.click(screen.getByRole('button', { name: 'Add permission' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add permission on host01' });
    await choose(dialog, 'User', 'Mary (mary@internal)');
    await choose(dialog, 'Role', 'UserRole');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Permission already exists');
    expect(within(dialog).getByRole('combobox', { name: 'User' })).toHaveValue('Mary (mary@internal)');
    expect(within(dialog).getByRole('combobox', { name: 'Role' })).toHaveValue('UserRole');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const table = screen.getByRole('table', { name: 'Permissions' });
    expect(await within(table).findByText('Mary (mary@internal)')).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1].body).toMatch(/<permission>\s*<role id="r1"\/>\s*<user id="u2"\/>\s*<\/permission>/);
    expect(posts[1].headers.get('Correlation-Id')).toBeTruthy();
  }, 20_000);

  it('removes a permission after confirmation', async () => {
    const { calls } = engine({ refuseFirstGrant: false });
    renderPage(<PermissionsTab collection="hosts" id="h1" />);
    const table = await screen.findByRole('table', { name: 'Permissions' });
    fireEvent.click(await within(table).findByRole('button', { name: 'Remove ClusterAdmin of demo/Engineering' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove permission' });
    expect(confirm).toHaveTextContent('demo/Engineering will lose the role ClusterAdmin on host01.');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('No permissions on this object.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/hosts/h1/permissions/p1']);
  });
});
