// Every disk in the engine and where it is stored: `disks` (floating) or `vms/{id}/disks` (attached).
// The top-level /disks collection lists them all, like the engine (guide 14).
import type { Store } from '../store';
import type { Entity } from '../types';

export function allDisks(store: Store): { disk: Entity; key: string }[] {
  const out = store.list('disks').map((disk) => ({ disk, key: 'disks' }));
  for (const [key, coll] of store.collections) {
    // A snapshot's disk attached to a backup VM (guide 8.1) is the source disk seen again: listed once, at its VM.
    if (/^vms\/[^/]+\/disks$/.test(key)) for (const disk of coll.values()) if (!disk.snapshot?.id) out.push({ disk, key });
  }
  return out;
}

export const findDiskAnywhere = (store: Store, id: string) => allDisks(store).find((x) => x.disk.id === id);
