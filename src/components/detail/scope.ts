// Where a detail page's object lives: a top-level collection (`/hosts/{id}`), or an item of a parent's
// sub-collection (`/datacenters/{dc}/quotas/{quota}`, `/hosts/{host}/nics/{nic}`). One place turns a scope
// into its queries, cache keys and portal paths, so the page and its tabs stay the same for both.
import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import { detailQuery, keys, nestedQuery, subItemQuery, subQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';

export interface ParentRef { collection: string; id: string; sub: string }

export interface Scope {
  /** Top-level segment, or the sub-collection segment (`quotas`) when `parent` is set. */
  collection: string;
  id: string;
  parent?: ParentRef;
}

// Both shapes of key are arrays under `[c, 'detail', …]`; callers only need a query key.
type Options<T> = UseQueryOptions<T, Error, T, QueryKey>;

export const objectQuery = (s: Scope): Options<XmlObject> =>
  (s.parent ? subItemQuery(s.parent.collection, s.parent.id, s.parent.sub, s.id) : detailQuery(s.collection, s.id)) as Options<XmlObject>;

/** A sub-collection of the object (`rel` as the engine links it). */
export const tabQuery = (s: Scope, rel: string): Options<XmlObject[]> =>
  (s.parent ? nestedQuery(s.parent.collection, s.parent.id, s.parent.sub, s.id, rel) : subQuery(s.collection, s.id, rel)) as Options<XmlObject[]>;

export const tabKey = (s: Scope, rel: string) =>
  (s.parent ? keys.nested(s.parent.collection, s.parent.id, s.parent.sub, s.id, rel) : keys.sub(s.collection, s.id, rel));

/** The portal page of an object. */
export function pagePath(s: Scope): string {
  const own = `${encodeURIComponent(s.collection)}/${encodeURIComponent(s.id)}`;
  return s.parent ? `/${s.parent.collection}/${encodeURIComponent(s.parent.id)}/${own}` : `/${own}`;
}

/** The page of an item of one of this object's sub-collections (`/datacenters/{dc}/quotas/{quota}`). */
export const itemPath = (collection: string, id: string, sub: string, itemId: string) =>
  pagePath({ collection: sub, id: itemId, parent: { collection, id, sub } });

/** Task target: changes refresh the top-level object's caches (a quota's change refreshes its data center). */
export const targetOf = (s: Scope, name: string) =>
  (s.parent ? { collection: s.parent.collection, id: s.parent.id, name } : { collection: s.collection, id: s.id, name });
