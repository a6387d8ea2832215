// `sortby field [asc|desc]` (guide 7.3.7) and `page N` (7.3.9). Without sortby the engine orders by its
// default (name ascending; events newest first). A page holds `pageSize` results: the `max` parameter
// when given, else the engine's default of 100.
import type { Entity } from '../types';
import type { Field, Scalar } from './fieldTypes';
import type { Lookups } from './lookups';
import { toTime } from './dates';
import { normalizeEnum } from './values';

export const DEFAULT_PAGE_SIZE = 100;

type Key = number | string | undefined;

function keyOf(field: Field, raw: Scalar | Scalar[]): Key {
  const v = Array.isArray(raw) ? raw[0] : raw;
  if (v === null || v === undefined) return undefined;
  switch (field.kind) {
    case 'number':
      return typeof v === 'number' ? v : Number.isNaN(Number(v)) ? undefined : Number(v);
    case 'date':
      return toTime(v);
    case 'bool':
      return v === true || v === 'true' ? 1 : 0;
    case 'enum':
      if (field.ordered) return (field.values ?? []).map(normalizeEnum).indexOf(normalizeEnum(String(v)));
      return normalizeEnum(String(v));
    default:
      return String(v).toLowerCase();
  }
}

/**
 * Sorts by `field`, ties by `then` (the collection's default order, so pages stay stable). Entities
 * without a value come last ascending and first descending, like SQL's NULLS LAST.
 */
export function sortEntities(items: readonly Entity[], by: SortKey, then: SortKey | undefined, look: Lookups): Entity[] {
  const keyed = items.map((e) => ({ e, k: keyOf(by.field, by.field.get(e, look)), t: then && keyOf(then.field, then.field.get(e, look)) }));
  keyed.sort((a, b) => compareKeys(a.k, b.k, by.desc) || (then ? compareKeys(a.t, b.t, then.desc) : 0));
  return keyed.map((x) => x.e);
}

export interface SortKey { field: Field; desc: boolean }

function compareKeys(a: Key, b: Key, desc: boolean): number {
  const dir = desc ? -1 : 1;
  if (a === b) return 0;
  if (a === undefined) return dir;
  if (b === undefined) return -dir;
  return (a < b ? -1 : 1) * dir;
}

export function pageOf<T>(items: readonly T[], page: number, pageSize: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}
