// @vitest-environment node
// VM sub-collections over the wire (guide 15.6): NICs, disks, snapshots, CD-ROMs, tags, permissions, statistics.
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';

describe('VM NICs', () => {
  it('adds a NIC with a generated MAC, refuses a duplicate name and a bad MAC with the recorded texts', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    const r = w.post(`/vms/${vm.id}/nics`, '<nic><name>nic2</name><interface>e1000</interface></nic>');
    expect(r.status).toBe(201);
    expect(r.xml.mac.address).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    const dup = w.post(`/vms/${vm.id}/nics`, '<nic><name>nic2</name></nic>');
    expect([dup.status, dup.xml.detail]).toEqual([409, '[Network interface is already in use.]']);
    const noName = w.post(`/vms/${vm.id}/nics`, '<nic><interface>virtio</interface></nic>');
    expect([noName.status, noName.xml.detail]).toEqual([400, 'NIC [name] required for add']);
    const badMac = w.post(`/vms/${vm.id}/nics`, '<nic><name>nic3</name><mac address="zz"/></nic>');
    expect(badMac.status).toBe(400);
    expect(badMac.xml.detail).toMatch(/^\[MAC address must be in format/);
  });

  it('refuses to remove a plugged NIC of a running VM until it is unplugged (deactivate)', () => {
    const w = wireEngine();
    const vm = w.vmIn('up');
    const nic = w.engine.store.list(`vms/${vm.id}/nics`)[0];
    const r = w.del(`/vms/${vm.id}/nics/${nic.id}`);
    expect([r.status, r.xml.detail]).toEqual([409, '[Cannot remove Interface. The VM Network Interface is plugged to a running VM.]']);
    expect(w.post(`/vms/${vm.id}/nics/${nic.id}/deactivate`, '<action/>').xml.status.state).toBe('complete');
    expect(w.get(`/vms/${vm.id}/nics/${nic.id}`).xml.actions.link.map((l: any) => l.rel)).toEqual(['activate']);
    expect(w.del(`/vms/${vm.id}/nics/${nic.id}`).status).toBe(200);
  });
});

describe('VM disks', () => {
  it('adds a disk that is locked then ok; a running VM refuses removal; detach keeps it floating; attach by id', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    const r = w.post(`/vms/${vm.id}/disks`, '<disk><provisioned_size>1073741824</provisioned_size><interface>virtio</interface><format>cow</format></disk>');
    // guide 7.3.11: disks are created asynchronously: 202, creation_status pending, then complete.
    expect(r.status).toBe(202);
    expect(r.xml.status.state).toBe('locked');
    const cs = r.xml.link.find((l: any) => l.rel === 'creation_status').href.slice(w.base.length);
    expect(w.get(cs).xml.status.state).toBe('pending');
    w.tick(2000);
    expect(w.get(`/vms/${vm.id}/disks/${r.xml.id}`).xml.status.state).toBe('ok');
    expect(w.get(cs).xml.status.state).toBe('complete');
    expect(w.del(`/vms/${vm.id}/disks/${r.xml.id}`, '<action><detach>true</detach></action>').status).toBe(200);
    expect(w.engine.store.get('disks', r.xml.id)).toBeDefined();
    const other = w.vmIn('down', (v) => v.id !== vm.id);
    const att = w.post(`/vms/${other.id}/disks`, `<disk id="${r.xml.id}"/>`);
    expect(att.status).toBe(201);
    expect(w.get(`/vms/${other.id}/disks/${r.xml.id}`).status).toBe(200);

    const up = w.vmIn('up');
    const disk = w.engine.store.list(`vms/${up.id}/disks`)[0];
    const refused = w.del(`/vms/${up.id}/disks/${disk.id}`);
    expect([refused.status, refused.xml.detail]).toEqual([409, '[Cannot remove Virtual Machine Disk. At least one of the VMs is not down.]']);
    const edit = w.put(`/vms/${up.id}/disks/${disk.id}`, '<disk><interface>ide</interface></disk>');
    expect([edit.status, edit.xml.detail]).toEqual([409, '[Cannot edit Virtual Machine Disk. At least one of the VMs is not down.]']);
  });

  it('resizes a disk of a running VM (guide 15.6.1.1) and refuses to shrink it', () => {
    const w = wireEngine();
    const up = w.vmIn('up');
    const disk = w.engine.store.list(`vms/${up.id}/disks`)[0];
    const bigger = disk.provisioned_size + 10 * 1024 ** 3;
    const grown = w.put(`/vms/${up.id}/disks/${disk.id}`, `<disk><provisioned_size>${bigger}</provisioned_size></disk>`);
    expect(grown.status).toBe(200);
    expect(w.get(`/vms/${up.id}/disks/${disk.id}`).xml.provisioned_size).toBe(bigger);
    expect(w.get(`/vms/${up.id}`).xml.status.state).toBe('up');
    expect(w.get('/events').xml.event.some((e: any) => e.code === 371 && e.vm?.id === up.id)).toBe(true);
    const shrink = w.put(`/vms/${up.id}/disks/${disk.id}`, `<disk><provisioned_size>${1024 ** 3}</provisioned_size></disk>`);
    expect([shrink.status, shrink.xml.detail]).toEqual([409, '[Cannot edit Virtual Machine Disk. New disk size cannot be smaller than the current.]']);
    expect(w.engine.store.get(`vms/${up.id}/disks`, disk.id)!.provisioned_size).toBe(bigger);
  });

  it('names the missing disk elements', () => {
    const w = wireEngine();
    const r = w.post(`/vms/${w.vmIn('down').id}/disks`, '<disk><name>x</name></disk>');
    expect([r.status, r.xml.detail]).toEqual([400, 'Disk [format, interface, provisioned_size] required for add']);
  });
});

describe('VM snapshots', () => {
  it('creates a snapshot locked → ok, previews, commits, and deletes it', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    const r = w.post(`/vms/${vm.id}/snapshots`, '<snapshot><description>before patch</description></snapshot>');
    expect(r.status).toBe(202);
    expect(r.xml.snapshot_status).toBe('locked');
    expect(w.post(`/vms/${vm.id}/snapshots`, '<snapshot><description>sync</description></snapshot>', { expect: '201-created' }).status).toBe(201);
    w.tick(3000);
    expect(w.get(`/vms/${vm.id}/snapshots/${r.xml.id}`).xml.snapshot_status).toBe('ok');
    w.post(`/vms/${vm.id}/preview_snapshot`, `<action><snapshot id="${r.xml.id}"/></action>`);
    expect(w.get(`/vms/${vm.id}`).xml.status.state).toBe('image_locked');
    w.tick(3000);
    expect(w.get(`/vms/${vm.id}/snapshots/${r.xml.id}`).xml.snapshot_status).toBe('in_preview');
    expect(w.post(`/vms/${vm.id}/commit_snapshot`, '<action/>').status).toBe(200);
    w.tick(3000);
    expect(w.del(`/vms/${vm.id}/snapshots/${r.xml.id}`).status).toBe(200);
    w.tick(3000);
    expect(w.get(`/vms/${vm.id}/snapshots/${r.xml.id}`).status).toBe(404);
  });

  it('runs the backup flow of guide 8.1: attach a snapshot\'s disk to a backup VM, detach it, delete the snapshot', () => {
    const w = wireEngine();
    const source = w.vmIn('up');
    const backup = w.vmIn('up', (v) => v.id !== source.id);
    const snap = w.post(`/vms/${source.id}/snapshots`, '<snapshot><description>BACKUP</description></snapshot>');
    w.tick(3000);
    const snapDisk = w.get(`/vms/${source.id}/snapshots/${snap.xml.id}/disks`).xml.disk[0];
    const sourceDisks = w.get(`/vms/${source.id}/disks`).xml.disk.map((d: any) => d.id);
    const before = w.get(`/vms/${backup.id}/disks`).xml.disk.length;

    const att = w.post(`/vms/${backup.id}/disks`, `<disk id="${snapDisk.id}"><snapshot id="${snap.xml.id}"/><active>true</active></disk>`);
    expect(att.status).toBe(201);
    expect(att.xml.snapshot.id).toBe(snap.xml.id);
    const onBackup = w.get(`/vms/${backup.id}/disks/${snapDisk.id}`).xml;
    expect([onBackup.snapshot.id, onBackup.active, onBackup.provisioned_size]).toEqual([snap.xml.id, true, snapDisk.provisioned_size]);
    expect(w.get(`/vms/${source.id}/disks`).xml.disk.map((d: any) => d.id)).toEqual(sourceDisks);
    expect(w.get('/disks').xml.disk.filter((d: any) => d.id === snapDisk.id)).toHaveLength(1);

    const detach = w.del(`/vms/${backup.id}/disks/${snapDisk.id}`, '<action><detach>true</detach></action>');
    expect(detach.status).toBe(200);
    expect(w.get(`/vms/${backup.id}/disks`).xml.disk.length).toBe(before);
    expect(w.engine.store.get('disks', snapDisk.id)).toBeUndefined();
    expect(w.get(`/vms/${source.id}/disks`).xml.disk.map((d: any) => d.id)).toEqual(sourceDisks);
    expect(w.get(`/vms/${source.id}/snapshots/${snap.xml.id}/disks`).xml.disk[0].id).toBe(snapDisk.id);
    expect(w.del(`/vms/${source.id}/snapshots/${snap.xml.id}`).status).toBe(200);

    const unknown = w.post(`/vms/${backup.id}/disks`, `<disk id="${snapDisk.id}"><snapshot id="00000000-0000-0000-0000-00000000dead"/></disk>`);
    expect([unknown.status, unknown.xml.detail]).toEqual([400, 'Entity not found: Snapshot: id=00000000-0000-0000-0000-00000000dead']);
  });

  it('clones a new VM from a snapshot (guide 15.6.5.2): the snapshot\'s disks, NICs and configuration, not the template\'s', () => {
    const w = wireEngine();
    const GiB = 1024 ** 3;
    const source = w.anyVmIn('down', (v) => w.engine.store.list(`vms/${v.id}/disks`).length === 2);
    w.post(`/vms/${source.id}/nics`, '<nic><name>nic2</name><interface>e1000</interface></nic>');
    const snap = w.post(`/vms/${source.id}/snapshots`, '<snapshot><description>golden</description></snapshot>', { expect: '201-created' });
    const taken = { memory: source.memory, disks: w.engine.store.list(`vms/${source.id}/disks`), nics: w.engine.store.list(`vms/${source.id}/nics`) };
    // Changes after the snapshot do not reach the clone.
    w.put(`/vms/${source.id}`, `<vm><memory>${taken.memory + GiB}</memory></vm>`);
    w.post(`/vms/${source.id}/nics`, '<nic><name>nic3</name></nic>');
    const cluster = w.engine.store.get('clusters', source.cluster.id)!;

    const r = w.post('/vms', `<vm><name>from-golden</name><cluster id="${cluster.id}"/><template id="00000000-0000-0000-0000-000000000000"/>`
      + `<snapshots><snapshot id="${snap.xml.id}"/></snapshots></vm>`);
    expect(r.status).toBe(202);
    w.tick(3000);
    const clone = w.get(`/vms/${r.xml.id}`).xml;
    expect([clone.status.state, clone.memory, clone.os.type, clone.template.id]).toEqual(['down', taken.memory, source.os.type, '00000000-0000-0000-0000-000000000000']);
    const disks = w.get(`/vms/${r.xml.id}/disks`).xml.disk;
    expect(disks.map((d: any) => [d.alias, d.provisioned_size, d.status.state])).toEqual(taken.disks.map((d) => [d.alias, d.provisioned_size, 'ok']));
    expect(disks.every((d: any) => !taken.disks.some((t) => t.id === d.id))).toBe(true);
    const nics = w.get(`/vms/${r.xml.id}/nics`).xml.nic;
    expect(nics.map((n: any) => [n.name, n.interface])).toEqual(taken.nics.map((n) => [n.name, n.interface]));
    expect(nics.every((n: any) => !taken.nics.some((t) => t.mac.address === n.mac.address))).toBe(true);
    // The source keeps its disks and snapshot.
    expect(w.engine.store.list(`vms/${source.id}/disks`).length).toBe(2);
    expect(w.get(`/vms/${source.id}/snapshots/${snap.xml.id}`).status).toBe(200);

    const bad = w.post('/vms', `<vm><name>x1</name><cluster id="${cluster.id}"/><template id="00000000-0000-0000-0000-000000000000"/>`
      + '<snapshots><snapshot id="00000000-0000-0000-0000-00000000beef"/></snapshots></vm>');
    expect([bad.status, bad.xml.detail]).toEqual([400, 'Entity not found: Snapshot: id=00000000-0000-0000-0000-00000000beef']);
  });

  it('requires a snapshot for preview_snapshot', () => {
    const w = wireEngine();
    const r = w.post(`/vms/${w.vmIn('down').id}/preview_snapshot`, '<action/>');
    expect([r.status, r.xml.detail]).toEqual([400, 'Action [snapshot.id] required for preview_snapshot']);
  });
});

describe('VM CD-ROM, tags, permissions and statistics', () => {
  it('changes the CD only for the current run with ;current=true', () => {
    const w = wireEngine();
    const vm = w.vmIn('up');
    const cd = w.engine.store.list(`vms/${vm.id}/cdroms`)[0];
    const before = w.get(`/vms/${vm.id}/cdroms/${cd.id}`).xml.file;
    expect(w.put(`/vms/${vm.id}/cdroms/${cd.id};current=true`, '<cdrom><file id="virtio-win-1.9.16.iso"/></cdrom>').status).toBe(200);
    expect(w.get(`/vms/${vm.id}/cdroms/${cd.id};current=true`).xml.file.id).toBe('virtio-win-1.9.16.iso');
    expect(w.get(`/vms/${vm.id}/cdroms/${cd.id}`).xml.file).toEqual(before);
  });

  it('assigns and unassigns a tag by name', () => {
    const w = wireEngine();
    const vm = w.vmIn('down', (v) => !w.engine.store.list(`vms/${v.id}/tags`).length);
    const r = w.post(`/vms/${vm.id}/tags`, '<tag><name>web</name></tag>');
    expect(r.status).toBe(201);
    expect(w.get(`/vms/${vm.id}/tags`).xml.tag.map((t: any) => t.name)).toEqual(['web']);
    expect(w.del(`/vms/${vm.id}/tags/${r.xml.id}`).status).toBe(200);
    expect(w.get(`/vms/${vm.id}/tags`).xml.tag ?? []).toEqual([]);
  });

  it('adds and removes a permission on a VM', () => {
    const w = wireEngine();
    const vm = w.vmIn('down');
    const mary = w.engine.store.list('users').find((u) => u.user_name === 'mary@internal')!;
    const role = w.engine.store.list('roles').find((x) => x.name === 'UserVmManager')!;
    const r = w.post(`/vms/${vm.id}/permissions`, `<permission><role id="${role.id}"/><user id="${mary.id}"/></permission>`);
    expect(r.status).toBe(201);
    expect(r.xml.vm.id).toBe(vm.id);
    expect(w.get(`/vms/${vm.id}/permissions`).xml.permission.some((p: any) => p.id === r.xml.id)).toBe(true);
    expect(w.del(`/vms/${vm.id}/permissions/${r.xml.id}`).status).toBe(200);
  });

  it('reports moving statistics for a running VM and zero guest CPU for a down one', () => {
    const w = wireEngine();
    const up = w.vmIn('up');
    const stat = (id: string, name: string) => w.get(`/vms/${id}/statistics`).xml.statistic.find((s: any) => s.name === name).values.value[0].datum;
    const first = stat(up.id, 'cpu.current.guest');
    w.tick(30_000);
    expect(stat(up.id, 'cpu.current.guest')).not.toBe(first);
    expect(stat(up.id, 'memory.installed')).toBe(up.memory);
    expect(stat(up.id, 'memory.used')).toBeGreaterThan(0);
    expect(stat(w.vmIn('down').id, 'cpu.current.guest')).toBe(0);
  });
});
