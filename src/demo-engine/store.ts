// The engine's state: top-level collections and sub-collections, each a Map by id in insertion order.
import type { Entity } from './types';

export class Store {
  readonly collections = new Map<string, Map<string, Entity>>();

  /** A top-level collection (`vms`) or a sub-collection key (`vms/<id>/nics`). */
  coll(key: string): Map<string, Entity> {
    let c = this.collections.get(key);
    if (!c) {
      c = new Map();
      this.collections.set(key, c);
    }
    return c;
  }

  sub(parent: string, parentId: string, name: string): Map<string, Entity> {
    return this.coll(`${parent}/${parentId}/${name}`);
  }

  get(key: string, id: string): Entity | undefined {
    return this.collections.get(key)?.get(id);
  }

  put(key: string, entity: Entity): Entity {
    this.coll(key).set(entity.id, entity);
    return entity;
  }

  remove(key: string, id: string): boolean {
    const removed = this.collections.get(key)?.delete(id) ?? false;
    if (removed) for (const k of [...this.collections.keys()]) if (k.startsWith(`${key}/${id}/`)) this.collections.delete(k);
    return removed;
  }

  list(key: string): Entity[] {
    return [...(this.collections.get(key)?.values() ?? [])];
  }

  toJSON(): Record<string, Entity[]> {
    return Object.fromEntries([...this.collections].map(([k, v]) => [k, [...v.values()]]));
  }

  static fromJSON(data: Record<string, Entity[]>): Store {
    const s = new Store();
    for (const [k, list] of Object.entries(data)) for (const e of list) s.put(k, e);
    return s;
  }
}
