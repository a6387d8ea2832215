// Statistics move plausibly over the engine clock while the object works, and stay at zero when it does not.
import { describe, expect, it } from 'vitest';
import { wireEngine } from './testing/wire';

type W = ReturnType<typeof wireEngine>;
const datum = (w: W, path: string, name: string) =>
  w.get(`${path}/statistics`).xml.statistic.find((s: any) => s.name === name).values.value[0].datum as number;

const firstDisk = (w: W, vmId: string) => w.engine.store.list(`vms/${vmId}/disks`)[0].id;
const firstNic = (w: W, vmId: string) => w.engine.store.list(`vms/${vmId}/nics`)[0].id;

const MOVING: [string, (w: W) => string, string, number][] = [
  ['VM guest CPU', (w) => `/vms/${w.vmIn('up').id}`, 'cpu.current.guest', 100],
  ['VM memory used', (w) => `/vms/${w.vmIn('up').id}`, 'memory.used', Infinity],
  ['VM NIC receive rate', (w) => { const vm = w.vmIn('up'); return `/vms/${vm.id}/nics/${firstNic(w, vm.id)}`; }, 'data.current.rx', Infinity],
  ['VM disk read rate', (w) => { const vm = w.vmIn('up'); return `/vms/${vm.id}/disks/${firstDisk(w, vm.id)}`; }, 'data.current.read', Infinity],
  ['the same disk seen in /disks', (w) => `/disks/${firstDisk(w, w.vmIn('up').id)}`, 'data.current.write', Infinity],
  ['host user CPU', (w) => `/hosts/${w.engine.store.list('hosts').find((h) => h.status.state === 'up')!.id}`, 'cpu.current.user', 100],
  ['host KSM CPU', (w) => `/hosts/${w.engine.store.list('hosts').find((h) => h.status.state === 'up')!.id}`, 'ksm.cpu.current', 100],
  ['host NUMA node memory used', (w) => {
    const h = w.engine.store.list('hosts').find((x) => x.status.state === 'up')!;
    return `/hosts/${h.id}/numanodes/${w.engine.store.list(`hosts/${h.id}/numanodes`)[0].id}`;
  }, 'memory.used', Infinity],
];

describe('statistics over the engine clock', () => {
  it.each(MOVING)('%s moves within its range', (_n, pathOf, name, max) => {
    const w = wireEngine();
    const path = pathOf(w);
    const seen = new Set<number>();
    for (let i = 0; i < 5; i++) {
      const v = datum(w, path, name);
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThanOrEqual(max);
      seen.add(v);
      w.tick(30_000);
    }
    expect(seen.size).toBeGreaterThan(2);
  });

  it.each([
    ['a down VM uses no CPU', (w: W) => `/vms/${w.vmIn('down').id}`, 'cpu.current.guest'],
    ['a down VM disk reads nothing', (w: W) => { const vm = w.vmIn('down'); return `/vms/${vm.id}/disks/${firstDisk(w, vm.id)}`; }, 'data.current.read'],
    ['a host in maintenance is idle', (w: W) => `/hosts/${w.engine.store.list('hosts').find((h) => h.status.state === 'maintenance')!.id}`, 'cpu.current.user'],
  ])('%s', (_n, pathOf, name) => {
    const w = wireEngine();
    expect(datum(w, pathOf(w), name)).toBe(0);
  });
});
