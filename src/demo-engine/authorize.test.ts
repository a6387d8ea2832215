// Roles and permissions enforced like the engine's: the user-level API (`Filter: true`) shows a user only
// their objects and lets them do what their roles' permits allow; the admin API refuses non-administrators.
import { describe, expect, it } from 'vitest';
import { wireEngine } from './testing/wire';

const MARY = { authorization: `Basic ${btoa('mary@internal:mary')}`, filter: 'true' };
const MARY_ADMIN_API = { authorization: `Basic ${btoa('mary@internal:mary')}` };
const HELPDESK = { authorization: `Basic ${btoa('helpdesk@internal:helpdesk')}`, filter: 'true' };
const DENIED = [403, 'Operation Failed', '[User is not authorized to perform this action.]'];

function maryVm(w: ReturnType<typeof wireEngine>, state: string) {
  const mary = w.engine.store.list('users').find((u) => u.user_name === 'mary@internal')!;
  const held = new Set(w.engine.store.list('permissions').filter((p) => p.user?.id === mary.id && p.vm).map((p) => p.vm.id));
  return w.vmIn(state, (v) => held.has(v.id));
}

const fault = (r: { status: number; xml: any }) => [r.status, r.xml?.reason ?? r.xml?.fault?.reason, r.xml?.detail ?? r.xml?.fault?.detail];

describe('the user-level API', () => {
  it('shows mary only the VMs she holds a role on, and their events', () => {
    const w = wireEngine();
    const mary = w.engine.store.list('users').find((u) => u.user_name === 'mary@internal')!;
    const held = new Set(w.engine.store.list('permissions').filter((p) => p.user?.id === mary.id && p.vm).map((p) => p.vm.id));
    const seen = w.get('/vms', MARY).xml.vm.map((v: any) => v.id);
    expect(new Set(seen)).toEqual(held);
    expect(w.get('/hosts', MARY).xml.host ?? []).toEqual([]);
    const events = w.get('/events', MARY).xml.event ?? [];
    expect(events.every((e: any) => held.has(e.vm?.id))).toBe(true);
  });

  const allowed: [string, string, string][] = [
    ['start her VM (run_vm)', 'down', 'start'],
    ['get a console ticket (connect_to_vm)', 'up', 'ticket'],
    ['shut her VM down (shut_down_vm)', 'up', 'shutdown'],
  ];
  it.each(allowed)('lets mary %s', (_n, state, action) => {
    const w = wireEngine();
    const vm = maryVm(w, state);
    expect(w.post(`/vms/${vm.id}/${action}`, '<action/>', MARY).status).toBe(200);
  });

  const refused: [string, (w: ReturnType<typeof wireEngine>, id: string) => { status: number; xml: any }][] = [
    ['delete her VM (UserRole has no delete_vm)', (w, id) => w.del(`/vms/${id}`, undefined, MARY)],
    ['edit her VM (no edit_vm_properties)', (w, id) => w.put(`/vms/${id}`, '<vm><description>x</description></vm>', MARY)],
    ['snapshot her VM (no manipulate_vm_snapshots)', (w, id) => w.post(`/vms/${id}/snapshots`, '<snapshot><description>s</description></snapshot>', MARY)],
    ['add a NIC (no configure_vm_network)', (w, id) => w.post(`/vms/${id}/nics`, '<nic><name>nic7</name></nic>', MARY)],
    ['create a VM (no create_vm on the cluster)', (w) => w.post('/vms', `<vm><name>m1</name><cluster id="${w.engine.store.list('clusters')[0].id}"/><template id="00000000-0000-0000-0000-000000000000"/></vm>`, MARY)],
    ['create a data center (administrators only)', (w) => w.post('/datacenters', '<data_center><name>m</name><local>false</local></data_center>', MARY)],
  ];
  it.each(refused)('refuses mary to %s with the engine fault', (_n, call) => {
    const w = wireEngine();
    const vm = maryVm(w, 'down');
    expect(fault(call(w, vm.id))).toEqual(DENIED);
    expect(w.engine.store.get('vms', vm.id)!.description).not.toBe('x');
  });

  it('answers 404 for objects the user holds nothing on, even for writes', () => {
    const w = wireEngine();
    const mary = w.engine.store.list('users').find((u) => u.user_name === 'mary@internal')!;
    const held = new Set(w.engine.store.list('permissions').filter((p) => p.user?.id === mary.id && p.vm).map((p) => p.vm.id));
    const other = w.engine.store.list('vms').find((v) => !held.has(v.id))!;
    expect(w.get(`/vms/${other.id}`, MARY).status).toBe(404);
    expect(w.post(`/vms/${other.id}/start`, '<action/>', MARY).status).toBe(404);
  });

  it('lets a role with more permits do more: a UserVmManager may edit and snapshot', () => {
    const w = wireEngine();
    const helpdesk = w.engine.store.list('users').find((u) => u.user_name === 'helpdesk@internal')!;
    const vm = w.vmIn('down');
    w.engine.store.put('permissions', { id: 'hd-1', role: { id: 'def00006-0000-0000-0000-def000000006' }, user: { id: helpdesk.id }, vm: { id: vm.id } });
    expect(w.put(`/vms/${vm.id}`, '<vm><description>by helpdesk</description></vm>', HELPDESK).status).toBe(200);
    expect(w.post(`/vms/${vm.id}/snapshots`, '<snapshot><description>hd</description></snapshot>', HELPDESK).status).toBe(202);
  });
});

describe('helpdesk@internal (HelpdeskRole on the Default and Production clusters)', () => {
  const clusterIds = (w: ReturnType<typeof wireEngine>) =>
    new Set(w.engine.store.list('clusters').filter((c) => c.name === 'Default' || c.name === 'Production').map((c) => c.id));

  it('sees exactly the VMs of those clusters, and their sessions, but is no administrator', () => {
    const w = wireEngine();
    const ids = clusterIds(w);
    const expected = w.engine.store.list('vms').filter((v) => ids.has(v.cluster.id)).map((v) => v.id);
    const seen = w.get('/vms', HELPDESK).xml.vm.map((v: any) => v.id);
    expect(new Set(seen)).toEqual(new Set(expected));
    expect(seen.length).toBeLessThan(w.engine.store.list('vms').length);
    const vm = w.vmIn('up', (v) => ids.has(v.cluster.id) && w.engine.store.list(`vms/${v.id}/sessions`).length > 0);
    expect(w.get(`/vms/${vm.id}/sessions`, HELPDESK).xml.session.length).toBeGreaterThan(0);
    expect(fault(w.get('/vms', { authorization: HELPDESK.authorization }))).toEqual(DENIED);
  });

  it('issues a console ticket for a running VM', () => {
    const w = wireEngine();
    const vm = w.vmIn('up', (v) => clusterIds(w).has(v.cluster.id));
    const r = w.post(`/vms/${vm.id}/ticket`, '<action><ticket><expiry>300</expiry></ticket></action>', HELPDESK);
    expect(r.status).toBe(200);
    expect(r.xml.ticket.value.length).toBeGreaterThan(5);
  });

  const refused: [string, string, (w: ReturnType<typeof wireEngine>, id: string) => { status: number; xml: any }][] = [
    ['start', 'down', (w, id) => w.post(`/vms/${id}/start`, '<action/>', HELPDESK)],
    ['stop', 'up', (w, id) => w.post(`/vms/${id}/stop`, '<action/>', HELPDESK)],
    ['edit', 'down', (w, id) => w.put(`/vms/${id}`, '<vm><description>x</description></vm>', HELPDESK)],
    ['remove', 'down', (w, id) => w.del(`/vms/${id}`, undefined, HELPDESK)],
  ];
  it.each(refused)('may not %s a VM', (_n, state, call) => {
    const w = wireEngine();
    const vm = w.vmIn(state, (v) => clusterIds(w).has(v.cluster.id) && !v.delete_protected);
    expect(fault(call(w, vm.id))).toEqual(DENIED);
    expect(w.engine.store.get('vms', vm.id)!.status.state).toBe(state);
    expect(w.engine.store.get('vms', vm.id)!.description).not.toBe('x');
  });
});

describe('the admin API for a non-administrator', () => {
  it.each(['/vms', '/hosts', '/events'])('refuses the query %s without Filter: true', (path) => {
    const w = wireEngine();
    expect(fault(w.get(path, MARY_ADMIN_API))).toEqual(DENIED);
  });

  it('still serves the entry point and capabilities', () => {
    const w = wireEngine();
    expect(w.get('/', MARY_ADMIN_API).status).toBe(200);
    expect(w.get('/capabilities', MARY_ADMIN_API).status).toBe(200);
  });

  it('lets the administrator use either API', () => {
    const w = wireEngine();
    expect(w.get('/hosts').xml.host.length).toBeGreaterThan(0);
    expect(w.get('/vms', { filter: 'true' }).status).toBe(200);
  });
});
