// @vitest-environment node
// Common write features over the wire (guide 7.3.10-7.4.9), with texts from recorded ovirt-3.3-faults.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../xsd/parse';
import { wireEngine } from '../testing/wire';

const FAULTS = '/work/shared/fixtures/recorded/ovirt-3.3-faults';
/** The recorded fault's detail, when the fixtures are present (they are outside the project). */
function recorded(file: string, fallback: string): string {
  try {
    const v = parseXml(readFileSync(`${FAULTS}/${file}`, 'utf8')).value;
    return (v.fault ?? v).detail;
  } catch {
    return fallback;
  }
}

const cluster = (w: ReturnType<typeof wireEngine>) => w.engine.store.list('clusters')[0];
const template = (w: ReturnType<typeof wireEngine>) => w.engine.store.list('templates')[1];

describe('POST /vms (guide 7.3.11 asynchronous creation)', () => {
  it('answers 202 with creation_status pending, a Location and a creation_status link that completes', () => {
    const w = wireEngine();
    const r = w.post('/vms', `<vm><name>new-vm</name><cluster id="${cluster(w).id}"/><template><name>${template(w).name}</name></template></vm>`);
    expect(r.status).toBe(202);
    expect(r.headers.Location).toBe(`${w.base}/vms/${r.xml.id}`);
    expect(r.xml.creation_status.state).toBe('pending');
    expect(r.xml.status.state).toBe('image_locked');
    expect(r.xml.memory).toBe(template(w).memory);
    const link = r.xml.link.find((l: any) => l.rel === 'creation_status').href.slice(w.base.length);
    expect(w.get(link).xml.status.state).toBe('pending');
    w.tick(3000);
    expect(w.get(link).root).toBe('creation');
    expect(w.get(link).xml.status.state).toBe('complete');
    const vm = w.get(`/vms/${r.xml.id}`).xml;
    expect(vm.status.state).toBe('down');
    expect(vm.creation_status).toBeUndefined();
    expect(w.get(`/vms/${r.xml.id}/cdroms`).xml.cdrom).toHaveLength(1);
  });

  it('waits and answers 201 with Expect: 201-created', () => {
    const w = wireEngine();
    const r = w.post('/vms', `<vm><name>sync-vm</name><cluster id="${cluster(w).id}"/><template id="${template(w).id}"/></vm>`, { expect: '201-created' });
    expect(r.status).toBe(201);
    expect(r.xml.status.state).toBe('down');
    expect(r.headers.Location).toContain(r.xml.id);
  });

  it.each([
    ['<vm><cluster id="C"/><template id="T"/></vm>', 'VirtualMachine_ITC05010305_CreateVm_NoRequiredParams__expected_info_create_vm1.xml', 'VM [name] required for add'],
    ['<vm><name>x</name><template id="T"/></vm>', 'VirtualMachine_ITC05010305_CreateVm_NoRequiredParams__expected_info_create_vm2.xml', 'VM [cluster.id|name] required for add'],
    ['<vm><name>x</name><cluster id="C"/></vm>', 'VirtualMachine_ITC05010305_CreateVm_NoRequiredParams__expected_info_create_vm3.xml', 'VM [template.id|name] required for add'],
  ])('400 Incomplete parameters for %s', (body, file, text) => {
    const w = wireEngine();
    const r = w.post('/vms', body.replace('"C"', `"${cluster(w).id}"`).replace('"T"', `"${template(w).id}"`));
    expect(r.status).toBe(400);
    expect(r.xml).toEqual({ reason: 'Incomplete parameters', detail: recorded(file, text) });
    expect(r.xml.detail).toBe(text);
  });

  it('refuses a duplicate VM name with the recorded 400', () => {
    const w = wireEngine();
    const name = w.engine.store.list('vms')[0].name;
    const r = w.post('/vms', `<vm><name>${name}</name><cluster id="${cluster(w).id}"/><template id="${template(w).id}"/></vm>`);
    expect(r.status).toBe(400);
    expect(r.xml.detail).toBe(recorded('VirtualMachine_ITC05010303_CreateVm_DupName__expected_info_create_vm_dup.xml', ''));
  });

  it('answers 400 for a body that is not XML', () => {
    const w = wireEngine();
    const r = w.post('/vms', '<vm><name>broken</vm>');
    expect(r.status).toBe(400);
    expect(r.root).toBe('fault');
  });
});

describe('PUT (guide 7.4.3)', () => {
  it('changes only the elements sent', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    const before = w.get(`/vms/${vm.id}`).xml;
    const r = w.put(`/vms/${vm.id}`, '<vm><description>edited</description><cpu><topology sockets="2"/></cpu></vm>');
    expect(r.status).toBe(200);
    expect(r.xml.description).toBe('edited');
    expect(Number(r.xml.cpu.topology.sockets)).toBe(2);
    expect(r.xml.cpu.topology.cores).toBe(before.cpu.topology.cores);
    expect(r.xml.name).toBe(before.name);
    expect(r.xml.memory).toBe(before.memory);
  });

  it('answers 409 for an immutable id and 400 for a duplicate name', () => {
    const w = wireEngine();
    const [a, b] = w.engine.store.list('vms');
    const imm = w.put(`/vms/${a.id}`, '<vm id="00000000-0000-0000-0000-00000000beef"/>');
    expect(imm.status).toBe(409);
    expect(imm.xml).toEqual({ reason: 'Broken immutability constraint', detail: 'Attempt to set immutable field: id' });
    const dup = w.put(`/vms/${a.id}`, `<vm><name>${b.name}</name></vm>`);
    expect(dup.status).toBe(400);
    expect(dup.xml.detail).toBe(recorded('VirtualMachine_ITC05010403_EditVm_DupName__expected_info_edit_vm_dup.xml', ''));
  });
});

describe('DELETE (guide 7.4.4)', () => {
  it('answers 200 with the completed action, and then 404', () => {
    const w = wireEngine();
    const vm = w.vmIn('down', (v) => !v.delete_protected);
    const r = w.del(`/vms/${vm.id}`);
    expect(r.status).toBe(200);
    expect(r.root).toBe('action');
    expect(r.xml.status.state).toBe('complete');
    expect(w.get(`/vms/${vm.id}`).status).toBe(404);
    expect(w.engine.store.list(`vms/${vm.id}/disks`)).toHaveLength(0);
  });

  it('accepts an action body with force and async', () => {
    const w = wireEngine();
    const vm = w.vmIn('down', (v) => !v.delete_protected);
    expect(w.del(`/vms/${vm.id}`, '<action><force>true</force><async>true</async></action>').status).toBe(200);
  });

  it('refuses a running VM and a delete-protected VM with the recorded 409 texts', () => {
    const w = wireEngine();
    const up = w.del(`/vms/${w.vmIn('up').id}`);
    expect(up.status).toBe(409);
    expect(up.xml.detail).toBe(recorded('VirtualMachine_ITC0501050102_DelVm_Normal_Up__expected_info_del_vm_up.xml', ''));
    const vm = w.vmIn('down');
    expect(w.put(`/vms/${vm.id}`, '<vm><delete_protected>true</delete_protected></vm>').status).toBe(200);
    const prot = w.del(`/vms/${vm.id}`);
    expect(prot.status).toBe(409);
    expect(prot.xml.detail).toBe(recorded('VirtualMachine_ITC05010504_DelVm_DeleteProtect__expected_info_del_vm_fail.xml', ''));
  });

  it('refuses a template in use with the recorded 400 (rhevm-3.1 destroying used image)', () => {
    const w = wireEngine();
    const t = template(w);
    const r = w.del(`/templates/${t.id}`);
    expect(r.status).toBe(400);
    expect(r.xml.detail).toMatch(/^\[Cannot delete Template\. Template is being used by the following VMs: [\w-]+(,[\w-]+)*\.\]$/);
  });
});

describe('duplicate names across the inventory (recorded texts)', () => {
  it.each([
    ['datacenters', '<data_center><name>Default</name><local>false</local></data_center>', 409, 'DataCenter_ITC01010302_CreateExistDC__expected_info.xml'],
    ['networks', '<network><name>ovirtmgmt</name><data_center id="DC"/></network>', 409, 'Network_ITC06010303_CreateNetwork_DupName__expected_info.xml'],
  ])('POST /%s with a taken name', (coll, body, status, file) => {
    const w = wireEngine();
    const dc = w.engine.store.list('datacenters')[0];
    const r = w.post(`/${coll}`, body.replace('DC', dc.id));
    expect(r.status).toBe(status);
    expect(r.xml.detail).toBe(recorded(file, ''));
  });

  it('creates a data center with 201 and a Location', () => {
    const w = wireEngine();
    const r = w.post('/datacenters', '<data_center><name>Branch</name><local>false</local></data_center>');
    expect(r.status).toBe(201);
    expect(r.headers.Location).toBe(`${w.base}/datacenters/${r.xml.id}`);
    expect(w.get(`/datacenters/${r.xml.id}`).xml.name).toBe('Branch');
  });
});

describe('user-level API (Filter: true)', () => {
  it('a user cannot change or remove a VM they hold no permission on', () => {
    const w = wireEngine();
    const mary = w.engine.store.list('users').find((u) => u.user_name === 'mary@internal')!;
    const held = new Set(w.engine.store.list('permissions').filter((p) => p.user?.id === mary.id && p.vm).map((p) => p.vm.id));
    const other = w.vmIn('down', (v) => !held.has(v.id) && !v.delete_protected);
    const headers = { authorization: `Basic ${btoa('mary@internal:mary')}`, filter: 'true' };
    expect(w.call('PUT', `/vms/${other.id}`, '<vm><description>x</description></vm>', headers).status).toBe(404);
    expect(w.call('DELETE', `/vms/${other.id}`, undefined, headers).status).toBe(404);
    expect(w.engine.store.get('vms', other.id)).toBeDefined();
  });
});
