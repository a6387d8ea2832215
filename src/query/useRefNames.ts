// Names of the items a page of rows refers to (a VM's host and cluster), fetched by id: only the ids on
// the page, each once and cached (`[c,'detail',id]`, shared with the detail page). Issue 12: with thousands
// of hosts or clusters, naming the 100 rows on screen must not load the whole collection.
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { XmlObject } from '../xsd/parse';
import { detailQuery } from './options';

/** Names change rarely: a name stays fresh for five minutes (a detail page refetches the item itself). */
const NAME_STALE = 5 * 60_000;

/** `(segment, id) → name`; '' while the name is loading, the id if the engine cannot say. */
export type RefNames = (segment: string, id: unknown) => string;

export function useRefNames(wanted: Readonly<Record<string, Iterable<unknown>>>): RefNames {
  const pairs = useMemo(() => {
    const out: [string, string][] = [];
    for (const [segment, ids] of Object.entries(wanted)) {
      for (const id of new Set([...ids].filter((i) => i !== undefined && i !== null && i !== '').map(String))) out.push([segment, id]);
    }
    return out;
  }, [wanted]);
  const results = useQueries({
    queries: pairs.map(([segment, id]) => ({ ...detailQuery(segment, id), staleTime: NAME_STALE, retry: false })),
  });
  const states = results.map((r, i) => (r.data ? String((r.data as XmlObject).name ?? pairs[i][1]) : r.isError ? pairs[i][1] : ''));
  return useMemo(() => {
    const names = new Map(pairs.map(([segment, id], i) => [`${segment}/${id}`, states[i]]));
    return (segment: string, id: unknown) => (id === undefined || id === null ? '' : names.get(`${segment}/${String(id)}`) ?? String(id));
    // Keyed by content, so the same names on a re-render keep the same function (and the grid its columns).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pairs.map((p) => p.join('/')).join(','), states.join('\u0000')]);
}

/** The ids each referenced collection needs for these rows: `[path, segment]` pairs (`cluster` → clusters). */
export function refIds(rows: readonly XmlObject[], refs: readonly (readonly [path: string, segment: string])[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [path, segment] of refs) {
    const list = (out[segment] ??= []);
    for (const r of rows) {
      let v: unknown = r;
      for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as XmlObject)[k] : undefined;
      if (v && typeof v === 'object' && (v as XmlObject).id !== undefined) list.push((v as XmlObject).id);
    }
  }
  return out;
}
