// What the engine's events say changed (issue 12, idle cost). An event names the objects it is about
// (api.xsd Event: user, vm, storage_domain, host, template, cluster, data_center), so a new event
// invalidates exactly their lists, counts and detail: only what is on screen refetches. Lists of these
// collections then need no polling of their own (cadence `signalled` in refresh.ts).
import type { QueryClient } from '@tanstack/react-query';
import type { XmlObject } from '../xsd/parse';
import { keys } from './keys';

/** Event reference element → collection (the only references an event carries). */
const EVENT_REFS: Record<string, string> = {
  user: 'users', vm: 'vms', storage_domain: 'storagedomains', host: 'hosts', template: 'templates', cluster: 'clusters', data_center: 'datacenters',
};

/** Collections whose changes the engine's events name. */
export const SIGNALLED: ReadonlySet<string> = new Set(Object.values(EVENT_REFS));

/** The entry point's summary counts (guide 4.4) move with these. */
const SUMMARY = new Set(['vms', 'hosts', 'users', 'storagedomains']);

/** `collection → ids` named by the events. */
export function namedBy(events: readonly XmlObject[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of events) {
    for (const [element, segment] of Object.entries(EVENT_REFS)) {
      const id = e?.[element]?.id;
      if (id === undefined || id === null || id === '') continue;
      const ids = out.get(segment) ?? new Set<string>();
      ids.add(String(id));
      out.set(segment, ids);
    }
  }
  return out;
}

/** Marks what new events name as changed; the queries on screen among them refetch. */
export async function invalidateNamed(client: QueryClient, events: readonly XmlObject[]): Promise<void> {
  const named = namedBy(events);
  const work: Promise<void>[] = [];
  for (const [segment, ids] of named) {
    work.push(client.invalidateQueries({ queryKey: keys.lists(segment) }), client.invalidateQueries({ queryKey: keys.counts(segment) }));
    for (const id of ids) work.push(client.invalidateQueries({ queryKey: keys.detail(segment, id) }));
  }
  if ([...named.keys()].some((s) => SUMMARY.has(s))) work.push(client.invalidateQueries({ queryKey: keys.summary(), exact: true }));
  await Promise.all(work);
}
