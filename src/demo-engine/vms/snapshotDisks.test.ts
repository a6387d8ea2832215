// Removing one disk's image from a VM snapshot (RSDL DELETE vms/{vm}/snapshots/{s}/disks/{d}).
import { describe, expect, it } from 'vitest';
import { wireEngine } from '../testing/wire';
import { SNAPSHOT_MS } from './deviceRules';

const list = (x: any): any[] => (Array.isArray(x) ? x : x ? [x] : []);

function vmWithSnapshot(state: string) {
  const w = wireEngine();
  const regular = (v: any) => w.engine.store.list(`vms/${v.id}/snapshots`).some((s) => s.type === 'regular');
  const vm = w.anyVmIn(state, regular);
  const snaps = w.engine.store.list(`vms/${vm.id}/snapshots`);
  const snap = snaps.find((s) => s.type === 'regular')!;
  const active = snaps.find((s) => s.type === 'active')!;
  const disk = w.engine.store.list(`vms/${vm.id}/disks`)[0];
  return { w, vm, at: (s: { id: string }) => `/vms/${vm.id}/snapshots/${s.id}/disks`, snap, active, disk };
}

describe('removing a disk from a snapshot', () => {
  it('merges the disk\'s image away, locked until done; the VM keeps the disk', () => {
    const { w, vm, at, snap, disk } = vmWithSnapshot('down');
    expect(w.del(`${at(snap)}/${disk.id}`).status).toBe(200);
    expect(w.get(`${at(snap)}/${disk.id}`).xml.status.state).toBe('locked');
    expect(w.get(`/vms/${vm.id}/snapshots/${snap.id}`).xml.snapshot_status).toBe('locked');
    w.tick(SNAPSHOT_MS + 1);
    expect(w.get(`${at(snap)}/${disk.id}`).status).toBe(404);
    expect(list(w.get(at(snap)).xml.disk)).toEqual([]);
    expect(w.get(`/vms/${vm.id}/snapshots/${snap.id}`).xml.snapshot_status).toBe('ok');
    expect(w.get(`/vms/${vm.id}/disks/${disk.id}`).status).toBe(200);
  });

  it('refuses the active snapshot\'s disk and a VM neither down nor up', () => {
    const { w, at, active, disk } = vmWithSnapshot('down');
    const r = w.del(`${at(active)}/${disk.id}`);
    expect(r.status).toBe(409);
    expect(r.xml.detail).toMatch(/^\[Cannot remove Disk Snapshot\. The following disk snapshots are active/);
    const unresponsive = vmWithSnapshot('not_responding');
    expect(unresponsive.w.del(`${unresponsive.at(unresponsive.snap)}/${unresponsive.disk.id}`).xml.detail).toMatch(/must be in status Down or Up/);
  });
});
