// States in which the engine is still changing an object (host installing, storage domain locked, ...):
// a page showing such an object polls until it settles (STYLE: polling belongs to the query that needs it).
import { linkHref } from '../../api';
import type { XmlObject } from '../../xsd/parse';

export const TRANSITIONAL_STATES: readonly string[] = [
  // hosts (guide: host_states)
  'installing', 'preparing_for_maintenance', 'connecting', 'initializing', 'reboot', 'unassigned', 'pending_approval',
  'installing_os', 'kdumping',
  // storage domains, disks, templates, snapshots, images
  'locked', 'image_locked', 'activating', 'preparing_for_maintenance', 'detaching', 'mixed',
  // vms
  'powering_up', 'powering_down', 'migrating', 'saving_state', 'restoring_state', 'wait_for_launch', 'reboot_in_progress',
  // jobs and steps
  'started',
];

export const POLL_MS = 2_000;

export function stateOf(o: XmlObject | undefined): string | undefined {
  const s = o?.status;
  const v = s && typeof s === 'object' ? s.state : s;
  return v === undefined || v === null || v === '' ? undefined : String(v).toLowerCase();
}

export function isTransitional(o: XmlObject | undefined, states: readonly string[] = TRANSITIONAL_STATES): boolean {
  const s = stateOf(o);
  return !!s && states.includes(s);
}

/** The href of a sub-collection of `object`: its `link rel`, else `<object href>/<rel>`. */
export function subHref(collection: string, object: XmlObject, rel: string): string {
  const own = typeof object.href === 'string' ? object.href : `/${collection}/${encodeURIComponent(String(object.id ?? ''))}`;
  return linkHref(object, rel) ?? `${own}/${rel}`;
}
