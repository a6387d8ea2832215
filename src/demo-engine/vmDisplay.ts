// The console address of a running VM's display (guide 15: display element; used for .vv files and the
// console proxy). When the host process serves the demo's VNC displays itself (engine option `display`),
// a VNC VM's display is at that address, on the lowest port from the base that no other running VM uses,
// so every VM has its own listener; otherwise the address is the host's, like a real engine's.
import type { Store } from './store';
import type { Entity } from './types';

const META = ['_meta', 'display'] as const;
const RUNNING_WITHOUT_DISPLAY = new Set(['down', 'suspended', 'image_locked']);

export interface ServedDisplays { address: string; portBase: number }

export function servedDisplays(store: Store): ServedDisplays | undefined {
  const m = store.get(...META);
  return m ? { address: String(m.address), portBase: Number(m.port_base) } : undefined;
}

function freePort(store: Store, vm: Entity, served: ServedDisplays): number | undefined {
  const taken = new Set<number>();
  for (const other of store.list('vms')) {
    if (other.id !== vm.id && other.display?.address === served.address && other.display.port) taken.add(Number(other.display.port));
  }
  for (let port = served.portBase; port <= 65535; port++) if (!taken.has(port)) return port;
  return undefined;
}

export function vmDisplay(vm: Entity, host: Entity, store?: Store): Record<string, unknown> {
  const served = store && vm.display?.type === 'vnc' ? servedDisplays(store) : undefined;
  if (served) return { address: served.address, port: freePort(store!, vm, served) };
  const seq = parseInt(vm.id.slice(0, 4), 16) % 100;
  return vm.display?.type === 'vnc'
    ? { address: host.address, port: 5900 + seq }
    : { address: host.address, port: 5900 + seq, secure_port: 6000 + seq };
}

/** Records where the host serves VNC displays (or that it serves none) and moves the running VMs' displays there. */
export function configureDisplays(store: Store, served: ServedDisplays | undefined): void {
  if (!served) {
    if (!store.get(...META)) return;
    store.remove(...META);
  } else {
    store.put(META[0], { id: META[1], address: served.address, port_base: served.portBase });
  }
  // Numbered in order (a scan per VM would be quadratic with 10,000 VMs); SPICE displays stay on their hosts.
  let next = served?.portBase ?? 0;
  for (const vm of store.list('vms')) {
    if (vm.display?.type !== 'vnc' || RUNNING_WITHOUT_DISPLAY.has(vm.status?.state) || !vm.host?.id) continue;
    const host = store.get('hosts', vm.host.id);
    if (!host) continue;
    Object.assign(vm.display, served && next <= 65535 ? { address: served.address, port: next++ } : vmDisplay(vm, host));
  }
}
