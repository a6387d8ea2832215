// The status → allowed-actions tables (STYLE.md: ovirt-web-ui's table of what each state allows).
// One table per collection; the UI offers an action only when the resource's `status.state` allows it,
// and the engine still has the last word (a refused action's fault is shown in the dialog).
import type { ElementDef } from '../types';

export interface ActionDef {
  /** The action's URL segment under the resource (guide 7.4.7): `start`, `deactivate`. */
  name: string;
  /** Distinguishes two entries that post to the same segment (run once is `start` with a `<vm>`). */
  key?: string;
  label: string;
  /** `status.state` values in which it is offered; omitted means in any state. */
  when?: readonly string[];
  /** Elements of the `<action>` body the dialog asks for (paths relative to `<action>`). */
  params?: ElementDef[];
  /** `confirm` asks first; `typeName` makes the user type the resource's name (irreversible or forced). */
  confirm?: 'confirm' | 'typeName';
  /** Offered only when the resource has a value at this dotted path (detach: `vmpool.id`). */
  onlyIf?: string;
  /** Safe to run on each item of a selection. */
  bulk?: boolean;
  help?: string;
}

export interface RemoveDef {
  /** DELETE with a body (guide 7.4.8): `force`, `detach`, storage domain `host`/`format`. */
  params?: ElementDef[];
  /** Root element of the DELETE body when it is not `<action>` (guide 12.4.3: `<storage_domain>` with `host`). */
  root?: string;
  /** States in which removal is offered; omitted means any. */
  when?: readonly string[];
}

export interface ActionTable {
  /** API path segment of the collection (`vms`, `hosts`). */
  segment: string;
  actions: ActionDef[];
  /** Removal is always confirmed by typing the name. Omitted: the resource cannot be removed. */
  remove?: RemoveDef;
}

/** Actions offered for a resource in `state` (unknown state: only those allowed in any state). */
export function allowedActions(table: ActionTable, state: string | undefined, resource?: Record<string, unknown>): ActionDef[] {
  return table.actions.filter((a) => (!a.when || (state !== undefined && a.when.includes(state)))
    && (!a.onlyIf || (resource !== undefined && hasValue(resource, a.onlyIf))));
}

function hasValue(resource: Record<string, unknown>, path: string): boolean {
  let v: unknown = resource;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v !== undefined && v !== null && v !== '';
}

export function removable(table: ActionTable, state: string | undefined): boolean {
  const r = table.remove;
  return !!r && (!r.when || (state !== undefined && r.when.includes(state)));
}
