// A store loaded from a state file (`npm start -- --state FILE`) has lost the scheduled steps of the state
// changes that were under way when the engine stopped. Those objects (the ones a chain was moving, per
// `_chains`) are brought to where their change was heading, so nothing stays locked or half-started forever.
import type { Store } from './store';
import { endGlusterTask } from './gluster/glusterSteps';
import type { Entity } from './types';

const NEXT: Record<string, string> = {
  wait_for_launch: 'up', powering_up: 'up', restoring_state: 'up', reboot_in_progress: 'up', migrating: 'up',
  powering_down: 'down', saving_state: 'suspended', image_locked: 'down',
  preparing_for_maintenance: 'maintenance', activating: 'up', installing: 'up', reboot: 'up',
};

function settle(key: string, e: Entity): void {
  const state = e.status?.state;
  if (state === 'locked') e.status = { state: key === 'storagedomains' ? 'active' : 'ok' };
  else if (state && NEXT[state]) {
    e.status = { state: NEXT[state] };
    if (key === 'vms' && (NEXT[state] === 'down' || NEXT[state] === 'suspended')) {
      delete e.host;
      if (e.display) for (const k of ['address', 'port', 'secure_port']) delete e.display[k];
    }
  }
  if (e.snapshot_status === 'locked') e.snapshot_status = 'ok';
  delete e._migration;
  if (e.creation_status) {
    delete e.creation_status;
    e.link = (e.link ?? []).filter((l: Entity) => l.rel !== 'creation_status');
    if (!e.link.length) delete e.link;
  }
}

export function settleInterrupted(store: Store, now = Date.now()): void {
  // A Gluster task under way has lost its scheduled completion: it completes now.
  for (const [key, coll] of store.collections) {
    if (!key.endsWith('/glustervolumes')) continue;
    for (const vol of coll.values()) if (vol._task) endGlusterTask({ store, now: () => now }, vol, 'finished');
  }
  const moving = new Set(store.list('_chains').map((c) => c.id));
  if (!moving.size) return;
  for (const [key, coll] of store.collections) {
    if (key.startsWith('_')) continue;
    for (const e of coll.values()) if (moving.has(e.id)) settle(key.split('/').length === 3 ? key.split('/')[2] : key, e);
  }
  for (const c of store.list('_creations')) c.state = 'complete';
  for (const j of store.list('jobs')) if (j.status?.state === 'started' && !j.external) j.status = { state: 'finished' };
  store.coll('_chains').clear();
}
