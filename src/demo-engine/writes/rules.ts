// Per-collection write rules (who may be created, changed or removed, and the engine's texts when not).
// Keyed by collection path: `vms` for top-level VMs, `vms/nics` for a VM's NICs. Filled in by the
// per-collection modules (vms/, hosts/, writes/inventoryRules.ts); writes/crud.ts applies them.
import type { Ctx } from '../context';
import type { Entity, EngineResponse } from '../types';

/** The detail, or a function of the clashing value for texts that name it (`${volumeName}`). */
type DupText = string | ((value: string) => string);

export interface DupNameRule {
  /** [HTTP status, detail without brackets] for add and for edit (recorded ovirt-3.3-faults). */
  add: [number, DupText];
  edit: [number, DupText];
  /** Limits the uniqueness check, e.g. networks are unique per data center. */
  sameScope?: (other: Entity, candidate: Entity) => boolean;
  /** The element compared (default `name`). */
  key?: string;
}

export interface CollectionRules {
  /** POST names an existing object (tag, label, role): the id sent is kept. */
  keepId?: boolean;
  dupName?: DupNameRule;
  /**
   * Turns a v3 request body (POST, or a DELETE's) into what the engine's checks read, before the RSDL's required parameters are
   * checked (the 4.3 engine's v3 layer adapts v3 bodies in `org.ovirt.engine.api.v3.adapters.V3*InAdapter`).
   */
  adaptIn?(ctx: Ctx, body: Record<string, any>, parent?: Entity): void;
  /** Builds the stored entity from the request body (defaults, validation); may throw faults. */
  prepare?(ctx: Ctx, body: Record<string, any>, parent?: Entity): Entity;
  /** Answers instead of the default 201 (async creation); runs after the entity is stored. */
  afterCreate?(ctx: Ctx, entity: Entity, href: string, parent?: Entity): EngineResponse | void;
  canUpdate?(ctx: Ctx, entity: Entity, body: Record<string, any>, parent?: Entity): void;
  afterUpdate?(ctx: Ctx, entity: Entity, before: Entity, parent?: Entity): void;
  canRemove?(ctx: Ctx, entity: Entity, parent?: Entity, body?: Record<string, any>): void;
  /** Replaces the default removal (e.g. detach a disk instead of deleting it). */
  remove?(ctx: Ctx, entity: Entity, parent: Entity | undefined, body: Record<string, any>): void;
  /** Elements the engine ignores on PUT (read-only, reported by the engine itself). */
  readOnly?: string[];
  /** Audit events for add/update/remove (guide 25: events). */
  event?: (kind: 'add' | 'update' | 'remove', entity: Entity, ctx: Ctx, parent?: Entity) => { code: number; description: string; refs?: Record<string, string> } | undefined;
}

const RULES = new Map<string, CollectionRules>();

export function registerRules(path: string, rules: CollectionRules): void {
  RULES.set(path, { ...RULES.get(path), ...rules });
}

export function rulesFor(path: string): CollectionRules {
  return RULES.get(path) ?? {};
}
