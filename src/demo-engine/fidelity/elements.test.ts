// @vitest-environment node
// Elements real v3 clients read (issue 17) and values as the engine stores them (issue 19).
import { describe, expect, it } from 'vitest';
import { BLANK_ID } from '../ids';
import { wireEngine } from '../testing/wire';

describe('always-present elements', () => {
  it('templates carry <version> with <base_template> (their own id for a base version)', () => {
    const w = wireEngine();
    for (const t of [w.get('/templates').xml.template].flat()) {
      expect(t.version.base_template.id).toBe(t.id);
      expect(t.version.version_number).toBeDefined();
    }
    const blank = w.get(`/templates/${BLANK_ID}`).xml;
    expect(blank.version.base_template.href).toBe(`${w.base}/templates/${BLANK_ID}`);
  });

  it('instance types carry <os>, and VM-base elements the engine always writes', () => {
    const w = wireEngine();
    for (const it of [w.get('/instancetypes').xml.instance_type].flat()) {
      expect(it.os.type).toBeDefined();
      expect(it.high_availability).toBeDefined();
      expect(it.migration_downtime).toBe(-1);
    }
    const vm = [w.get('/vms').xml.vm].flat()[0];
    for (const el of ['bios', 'os', 'high_availability', 'sso', 'usb', 'migration', 'io', 'memory_policy', 'placement_policy']) expect(vm[el], el).toBeDefined();
    expect(vm.next_run_configuration_exists).toBe(false);
  });

  it('disks carry <name> as well as <alias>, wherever they are listed', () => {
    const w = wireEngine();
    const vm = w.vmIn('down', (v) => w.engine.store.list(`vms/${v.id}/disks`).length > 0);
    for (const d of [...[w.get('/disks').xml.disk].flat(), ...[w.get(`/vms/${vm.id}/disks`).xml.disk].flat()]) {
      expect(d.name).toBe(d.alias);
      expect(d.name).toBeTruthy();
    }
  });
});

describe('POST .../disks with the deprecated <size>', () => {
  const body = (sd: string, alias: string) => `<disk><alias>${alias}</alias><size>2147483648</size><format>cow</format>` +
    `<interface>virtio</interface><storage_domains><storage_domain id="${sd}"/></storage_domains></disk>`;
  it('takes <size> as the provisioned size, on /disks and on a VM', () => {
    const w = wireEngine();
    const sd = w.engine.store.list('storagedomains').find((d) => d.type === 'data')!.id;
    const floating = w.post('/disks', body(sd, 'sized'));
    expect(floating.status).toBe(202);
    expect(floating.xml.provisioned_size).toBe(2147483648);
    const vm = w.vmIn('down');
    const attached = w.post(`/vms/${vm.id}/disks`, body(sd, 'sized-vm'));
    expect([201, 202]).toContain(attached.status);
    expect(w.get(`/vms/${vm.id}/disks/${attached.xml.id}`).xml.provisioned_size).toBe(2147483648);
  });
});

describe('enum values', () => {
  it('are stored and echoed in the engine\'s lower case', () => {
    const w = wireEngine();
    const cluster = w.engine.store.list('clusters')[0];
    const r = w.post('/vms', `<vm><name>enums</name><type>Server</type><cluster id="${cluster.id}"/><template id="${BLANK_ID}"/>` +
      '<display><type>VNC</type></display><os type="rhel_7x64"><boot dev="HD"/></os></vm>');
    expect(r.xml.type).toBe('server');
    const vm = w.get(`/vms/${r.xml.id}`).xml;
    expect(vm.type).toBe('server');
    expect(vm.display.type).toBe('vnc');
    expect(vm.os.boot[0].dev).toBe('hd');
    expect(vm.os.type).toBe('rhel_7x64');
    const nic = w.post(`/vms/${r.xml.id}/nics`, '<nic><name>nic9</name><interface>VirtIO</interface></nic>');
    expect(nic.xml.interface).toBe('virtio');
  });
});
