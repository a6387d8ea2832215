// The status → allowed-actions tables (STYLE.md: ovirt-web-ui's table of what each state allows).
// One table per collection; the UI offers an action only when the resource's `status.state` allows it,
// and the engine still has the last word (a refused action's fault is shown in the dialog).
import type { ElementDef } from '../types';

export interface ActionDef {
  /** The action's URL segment under the resource (guide 7.4.7): `start`, `deactivate`. */
  name: string;
  label: string;
  /** `status.state` values in which it is offered; omitted means in any state. */
  when?: readonly string[];
  /** Elements of the `<action>` body the dialog asks for (paths relative to `<action>`). */
  params?: ElementDef[];
  /** `confirm` asks first; `typeName` makes the user type the resource's name (irreversible or forced). */
  confirm?: 'confirm' | 'typeName';
  /** Safe to run on each item of a selection. */
  bulk?: boolean;
  help?: string;
}

export interface RemoveDef {
  /** DELETE with a body (guide 7.4.8): `force`, `detach`, storage domain `host`/`format`. */
  params?: ElementDef[];
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
export function allowedActions(table: ActionTable, state: string | undefined): ActionDef[] {
  return table.actions.filter((a) => !a.when || (state !== undefined && a.when.includes(state)));
}

export function removable(table: ActionTable, state: string | undefined): boolean {
  const r = table.remove;
  return !!r && (!r.when || (state !== undefined && r.when.includes(state)));
}
