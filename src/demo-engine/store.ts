// The engine's state: top-level collections and sub-collections, each a Map by id in insertion order.
// `version` changes whenever the state may have changed (a put or remove, a write request, a state change
// coming due); what is derived from the state (sorted orders, search indexes, serialized XML) is kept
// against it by `memo` and thrown away when it moves on, so a read never sees anything stale.
import type { Entity } from './types';

export class Store {
  readonly collections = new Map<string, Map<string, Entity>>();
  private gen = 0;
  private memoGen = 0;
  private readonly memos = new Map<string, unknown>();

  get version(): number {
    return this.gen;
  }

  /** Marks the state as changed. Code that changes entities in place outside a request must call it. */
  touch(): void {
    this.gen++;
  }

  /** `build()`'s result, kept until the state changes. */
  memo<T>(key: string, build: () => T): T {
    if (this.memoGen !== this.gen) {
      this.memos.clear();
      this.memoGen = this.gen;
    }
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = build();
    this.memos.set(key, value);
    return value;
  }

  /** Like `memo`, in a group that keeps at most `max` results (the oldest goes first): for results per query. */
  memoIn<T>(group: string, max: number, key: string, build: () => T): T {
    const kept = this.memo(`group:${group}`, () => new Map<string, T>());
    if (kept.has(key)) return kept.get(key) as T;
    const value = build();
    if (kept.size >= max) kept.delete(kept.keys().next().value!);
    kept.set(key, value);
    return value;
  }

  /** The entities of a collection as one shared array, kept until the state changes: read it, never change it. */
  snapshot(key: string): readonly Entity[] {
    return this.memo(`list:${key}`, () => this.list(key));
  }

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
    this.touch();
    this.coll(key).set(entity.id, entity);
    return entity;
  }

  remove(key: string, id: string): boolean {
    this.touch();
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
