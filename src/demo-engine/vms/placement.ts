// Host choice for start and migrate: an up host of the VM's cluster with enough free scheduling memory,
// the least loaded first (the engine's default "evenly distributed" policy, roughly).
import type { Store } from '../store';
import type { Entity } from '../types';
import { isRunning } from './states';

export function usedMemory(store: Store, hostId: string): number {
  return store.list('vms').filter((v) => v.host?.id === hostId && isRunning(v)).reduce((s, v) => s + (v.memory ?? 0), 0);
}

export function chooseHost(store: Store, vm: Entity, exclude?: string, wanted?: string): Entity | undefined {
  const fits = (h: Entity) => h.status?.state === 'up' && h.cluster?.id === vm.cluster?.id && h.id !== exclude &&
    (h.max_scheduling_memory ?? h.memory ?? 0) - usedMemory(store, h.id) >= (vm.memory ?? 0);
  if (wanted) {
    const h = store.get('hosts', wanted);
    return h && fits(h) ? h : undefined;
  }
  return store.list('hosts').filter(fits).sort((a, b) => usedMemory(store, a.id) - usedMemory(store, b.id))[0];
}

/** Keeps each host's `summary` (active/migrating/total VMs) in step with the VMs. */
export function refreshHostSummaries(store: Store): void {
  for (const h of store.list('hosts')) {
    const vms = store.list('vms').filter((v) => v.host?.id === h.id && isRunning(v));
    h.summary = { active: vms.length, migrating: vms.filter((v) => v.status.state === 'migrating').length, total: vms.length };
  }
}
