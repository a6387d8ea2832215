// A role's permits, directly and through a group's or user's roles (RSDL groups|users/{id}/roles/{id}/permits).
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

const list = (x: any): any[] => (Array.isArray(x) ? x : x ? [x] : []);

function engineering() {
  const w = wireEngine();
  const s = w.engine.store;
  const group = s.list('groups').find((g) => g.name === 'demo.example.com/Engineering')!;
  const role = (name: string) => s.list('roles').find((r) => r.name === name)!;
  return { w, group, role, base: `/groups/${group.id}/roles` };
}

describe('role permits through a group', () => {
  it('lists the roles the group holds system-wide and their permits, by the engine\'s action group ids', () => {
    const { w, base, role } = engineering();
    const power = role('PowerUserRole');
    expect(list(w.get(base).xml.role).map((r) => r.name)).toEqual(['PowerUserRole']);
    const permits = list(w.get(`${base}/${power.id}/permits`).xml.permit);
    expect(permits.map((p) => p.name)).toEqual(list(w.get(`/roles/${power.id}/permits`).xml.permit).map((p) => p.name));
    expect(w.get(`${base}/${power.id}/permits/1100`).xml.name).toBe('create_disk');
  });

  it('adds and removes permits of a custom role, refusing duplicates, unknown and administrative ones', () => {
    const { w, base, role } = engineering();
    const helpdesk = role('HelpdeskRole');
    expect(w.post(base, `<role id="${helpdesk.id}"/>`).status).toBe(201);
    const permits = `${base}/${helpdesk.id}/permits`;
    const added = w.post(permits, '<permit id="5"/>');
    expect(added.status).toBe(201);
    expect(added.xml.name).toBe('change_vm_cd');
    expect(list(w.get(`/roles/${helpdesk.id}/permits`).xml.permit).map((p) => p.name)).toContain('change_vm_cd');
    expect(w.post(permits, '<permit><name>change_vm_cd</name></permit>').xml.detail).toMatch(/already attached/);
    expect(w.post(permits, '<permit id="100"/>').xml.detail).toMatch(/administrator's action group to a User Role/);
    expect(w.post(permits, '<permit id="99999"/>').status).toBe(400);
    expect(w.post(permits, '<permit/>').xml.detail).toMatch(/Permit \[id\|name\] required for add/);
    expect(w.del(`${permits}/5`).status).toBe(200);
    expect(w.get(`${permits}/5`).status).toBe(404);
    expect(w.get(`/roles/${helpdesk.id}/permits/5`).status).toBe(404);
  });

  it('keeps predefined roles read-only, here and at /roles', () => {
    const { w, base, role } = engineering();
    const power = role('PowerUserRole');
    expect(w.post(`${base}/${power.id}/permits`, '<permit id="5"/>').xml.detail).toBe('[Cannot attach Role. The Role is Read-Only.]');
    expect(w.del(`${base}/${power.id}/permits/1100`).xml.detail).toBe('[Cannot detach Role. The Role is Read-Only.]');
    expect(w.post(`/roles/${power.id}/permits`, '<permit id="5"/>').status).toBe(409);
    const admin = w.engine.store.list('users')[0];
    const su = role('SuperUser');
    expect(w.del(`/users/${admin.id}/roles/${su.id}/permits/1300`).status).toBe(409);
    expect(w.get(`/roles/${su.id}/permits/1300`).xml.name).toBe('login');
  });

  it('removes a role from the group by removing its permission', () => {
    const { w, base, role, group } = engineering();
    const power = role('PowerUserRole');
    expect(w.del(`${base}/${power.id}`).status).toBe(200);
    expect(w.get(`${base}/${power.id}`).status).toBe(404);
    expect(w.engine.store.list('permissions').some((p) => p.group?.id === group.id && p.role.id === power.id)).toBe(false);
  });
});
