// Turns stored entities into wire representations: hrefs on the entity and its references,
// sub-collection links and the `actions` the entity's current state allows (guide 4: resources).
import { collectionBySegment, REFERENCE_COLLECTION } from './collections';
import type { Entity } from './types';
import { withAlwaysPresent } from './views/alwaysPresent';

export type ActionsFor = (entity: Entity) => string[];
const actionTables = new Map<string, ActionsFor>();

/** Registers the state → allowed actions table of a collection path (`vms`, `vms/nics`). */
export function registerActions(path: string, fn: ActionsFor): void {
  actionTables.set(path, fn);
}

export function allowedActions(path: string, entity: Entity): string[] {
  return actionTables.get(path)?.(entity) ?? [];
}

function withHrefs(value: any, base: string): any {
  if (Array.isArray(value)) return value.map((v) => withHrefs(v, base));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(value) as [string, any][]) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const coll = REFERENCE_COLLECTION[k];
      const decorated = withHrefs(v, base);
      if (coll && typeof v.id === 'string' && !v.href) decorated.href = `${base}/${coll}/${v.id}`;
      out[k] = decorated;
    } else if (Array.isArray(v)) {
      const coll = REFERENCE_COLLECTION[k];
      out[k] = v.map((item) => {
        const d = withHrefs(item, base);
        if (coll && item && typeof item === 'object' && typeof item.id === 'string' && !item.href) d.href = `${base}/${coll}/${item.id}`;
        return d;
      });
    } else out[k] = v;
  }
  return out;
}

/**
 * The representation of `entity` living at `href`. `path` names its collection for the actions table:
 * `vms` for a top-level VM, `vms/nics` for a VM's NIC. `subs` are the sub-collection segments to link.
 */
/** Collections linked from sub-collection items (a VM disk's statistics, a host NIC's labels...). */
const SUB_LINKS: Record<string, string[]> = {
  'vms/disks': ['permissions', 'statistics'], 'vms/nics': ['statistics'], 'vms/snapshots': ['disks', 'nics'],
  'hosts/nics': ['labels', 'networkattachments', 'statistics'], 'hosts/numanodes': ['statistics'],
  'clusters/glustervolumes': ['bricks'], 'clusters/affinitygroups': ['vms'], 'storagedomains/disks': ['permissions', 'statistics'],
  'storagedomains/vms': ['disks'], 'templates/disks': ['permissions'],
  'datacenters/quotas': ['permissions', 'quotaclusterlimits', 'quotastoragelimits'], 'datacenters/iscsibonds': ['networks', 'storageconnections'],
};

export function represent(entity: Entity, href: string, base: string, path: string, subs: string[] = SUB_LINKS[path] ?? []): Record<string, any> {
  const rep = withHrefs(withAlwaysPresent(path, entity), base);
  rep.href = href;
  const actions = allowedActions(path, entity);
  if (actions.length) rep.actions = { link: actions.map((rel) => ({ href: `${href}/${rel}`, rel })) };
  const links = subs.map((rel) => ({ href: `${href}/${rel}`, rel }));
  if (links.length) rep.link = [...(rep.link ?? []), ...links];
  return rep;
}

export function representTop(segment: string, entity: Entity, base: string): Record<string, any> {
  const def = collectionBySegment.get(segment);
  return represent(entity, `${base}/${segment}/${entity.id}`, base, segment, def?.subs?.map((s) => s.segment));
}
