// What field getters need beyond the entity itself: names of referenced entities, reverse relations
// (VMs per host, users per VM), tag ancestry, and each field's values per entity (the search's index).
// Built lazily and kept while the store's state holds (Store.memo), so a query pays only for the
// relations it uses, once, and later searches find them ready.
import type { Store } from '../store';
import type { Entity } from '../types';
import type { Field, Scalar } from './fieldTypes';

type Groups = Map<string, Entity[]>;

function groupBy(items: Entity[], key: (e: Entity) => string | undefined): Groups {
  const out: Groups = new Map();
  for (const e of items) {
    const k = key(e);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  }
  return out;
}

export class Lookups {
  constructor(readonly store: Store, readonly now: number) {}

  private once<T>(key: string, build: () => T): T {
    return this.store.memo(`lookups:${key}`, build);
  }

  /** The values of a search field per entity, filled as entities are looked at. */
  column(field: Field): Map<Entity, Scalar[]> {
    const columns = this.once('columns', () => new Map<Field, Map<Entity, Scalar[]>>());
    let column = columns.get(field);
    if (!column) columns.set(field, (column = new Map()));
    return column;
  }

  get(segment: string, id: string | undefined): Entity | undefined {
    return id === undefined ? undefined : this.store.get(segment, id);
  }

  name(segment: string, ref: { id?: string } | undefined): string | undefined {
    return this.get(segment, ref?.id)?.name;
  }

  /** The data center of a cluster, by the cluster reference an entity carries. */
  dataCenterOfCluster(ref: { id?: string } | undefined): Entity | undefined {
    return this.get('datacenters', this.get('clusters', ref?.id)?.data_center?.id);
  }

  /** Entities of `segment` grouped by the id of the reference they carry: VMs by `host`, events by `vm`. */
  referencing(segment: string, refKey: string): Groups {
    return this.once(`${segment}.${refKey}`, () => groupBy(this.store.list(segment), (e) => e[refKey]?.id));
  }

  /** Users holding a permission on each VM (guide 7.3.7: `vms: users.name=mary`). */
  usersByVm(): Groups {
    return this.once('usersByVm', () => {
      const perms = this.store.list('permissions').filter((p) => p.vm?.id && p.user?.id);
      const out: Groups = new Map();
      for (const [vmId, list] of groupBy(perms, (p) => p.vm.id)) {
        out.set(vmId, list.map((p) => this.get('users', p.user.id)).filter((u): u is Entity => !!u));
      }
      return out;
    });
  }

  vmsByUser(): Groups {
    return this.once('vmsByUser', () => {
      const perms = this.store.list('permissions').filter((p) => p.vm?.id && p.user?.id);
      const out: Groups = new Map();
      for (const [userId, list] of groupBy(perms, (p) => p.user.id)) {
        out.set(userId, list.map((p) => this.get('vms', p.vm.id)).filter((v): v is Entity => !!v));
      }
      return out;
    });
  }

  /** A tag's name and its ancestors' names: `tag=web` also finds entities tagged with web's children. */
  private tagLineage(tagId: string): string[] {
    const cache = this.once('tagLineage', () => new Map<string, string[]>());
    const hit = cache.get(tagId);
    if (hit) return hit;
    const names: string[] = [];
    const seen = new Set<string>();
    for (let id: string | undefined = tagId; id && !seen.has(id); id = this.get('tags', id)?.parent?.tag?.id) {
      seen.add(id);
      const tag = this.get('tags', id);
      const isRoot = !tag?.parent && tag?.name === 'root'; // the engine's root tag holds every tag: no meaning
      if (tag?.name !== undefined && !isRoot) names.push(tag.name);
    }
    cache.set(tagId, names);
    return names;
  }

  /** Names matching `tag=` for an entity: its tags (`<segment>/<id>/tags`) and their ancestors. */
  tagNames(segment: string, id: string): string[] {
    const assigned = this.store.collections.get(`${segment}/${id}/tags`);
    if (!assigned || assigned.size === 0) return [];
    const out: string[] = [];
    for (const tagId of assigned.keys()) out.push(...this.tagLineage(tagId));
    return out;
  }
}
