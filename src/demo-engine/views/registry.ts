// Sub-collections that are views of other data rather than stored lists (guide 10.6 a data center's
// networks and clusters, 10.7 a cluster's networks, 12.6 a storage domain's disks/VMs/templates, 20.4 a
// domain's users...). Keyed by collection path (`datacenters/networks`); generic reads and crud writes
// consult the registry before the store. Deep paths (`hosts/nics/labels`) are keyed the same way.
import type { Ctx } from '../context';
import type { Entity } from '../types';

export interface View {
  /** The entities listed under `parent` (already in their wire shape, without hrefs). */
  list(ctx: Ctx, parent: Entity, path: Entity[]): Entity[];
  /** POST: adds and returns the entity to show, or throws a fault. */
  add?(ctx: Ctx, parent: Entity, body: Record<string, any>, path: Entity[]): Entity;
  /** DELETE of an item (the item as listed). */
  remove?(ctx: Ctx, parent: Entity, item: Entity, body: Record<string, any>, path: Entity[]): void;
  /** PUT of an item: applies the body and returns the item to show. */
  update?(ctx: Ctx, parent: Entity, item: Entity, body: Record<string, any>, path: Entity[]): Entity;
}

const VIEWS = new Map<string, View>();

export function registerView(path: string, view: View): void {
  VIEWS.set(path, view);
}

export function viewFor(path: string): View | undefined {
  return VIEWS.get(path);
}
