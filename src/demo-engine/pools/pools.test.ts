// VM pools: creation makes the pool's VMs; allocatevm hands a user a VM and starts it.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';
import { POOL_VM_MS } from './pools';

const MARY = `Basic ${btoa('mary@internal:mary')}`;

describe('VM pools', () => {
  it('creates the pool VMs from the template, image_locked then down, and grows on resize', () => {
    const w = wireEngine();
    const cl = w.engine.store.list('clusters')[0];
    const t = w.engine.store.list('templates')[1];
    const r = w.post('/vmpools', `<vmpool><name>class</name><size>2</size><cluster id="${cl.id}"/><template id="${t.id}"/></vmpool>`);
    expect(r.status).toBe(201);
    const members = () => w.get(`/vms?search=${encodeURIComponent('name=class-*')}`).xml.vm ?? [];
    expect(members().map((v: any) => v.status.state)).toEqual(['image_locked', 'image_locked']);
    w.tick(POOL_VM_MS);
    expect(members().map((v: any) => v.status.state)).toEqual(['down', 'down']);
    w.put(`/vmpools/${r.xml.id}`, '<vmpool><size>3</size></vmpool>');
    expect(members()).toHaveLength(3);
  });

  it('allocates a free VM to the user, gives them UserRole on it and starts it', () => {
    const w = wireEngine();
    const pool = w.engine.store.list('vmpools')[0];
    const r = w.post(`/vmpools/${pool.id}/allocatevm`, '<action/>', { authorization: MARY, filter: 'true' });
    expect(r.status).toBe(200);
    const vmId = r.xml.vm.id;
    expect(w.get(`/vms/${vmId}`).xml.status.state).toBe('wait_for_launch');
    const mine = w.get('/vms', { authorization: MARY, filter: 'true' }).xml.vm.map((v: any) => v.id);
    expect(mine).toContain(vmId);
    const again = w.post(`/vmpools/${pool.id}/allocatevm`, '<action/>', { authorization: MARY, filter: 'true' });
    expect(again.status).toBe(409);
    expect(again.xml.fault.detail).toMatch(/maximum number of VMs/);
  });
});
