// The audit log: events get increasing numeric ids (clients poll with `events;from=<id>`, guide 25).
import type { EngineEvent } from './context';
import type { Store } from './store';

export function nextEventId(store: Store): number {
  const meta = store.get('_meta', 'events') ?? store.put('_meta', { id: 'events', last: 0 });
  meta.last += 1;
  return meta.last;
}

export function recordEvent(store: Store, event: EngineEvent, now: number): void {
  const id = nextEventId(store);
  const refs = Object.fromEntries(Object.entries(event.refs ?? {}).map(([k, v]) => [k, { id: v }]));
  store.put('events', {
    id: String(id),
    description: event.description,
    code: event.code,
    severity: event.severity,
    time: new Date(now).toISOString(),
    correlation_id: event.correlationId,
    origin: 'oVirt',
    custom_id: -1,
    flood_rate: 30,
    ...refs,
  });
}
