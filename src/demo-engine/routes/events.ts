// guide 25.4.3: POST /events adds a custom event (description, severity, origin, custom_id required,
// RSDL); DELETE /events/{id} removes one. Custom events keep the caller's origin and custom_id.
// The engine only marks a removed event deleted (audit_log.deleted, RemoveAuditLogById); the RSDL's
// `POST /events/undelete` (BackendEventsResource.undelete → DisplayAllAuditLogEvents) shows them all again.
import type { Ctx } from '../context';
import { EngineFault, notFound } from '../faults';
import { nextEventId } from '../events';
import { representTop } from '../represent';
import { deleted, xml } from '../respond';
import { readBody } from '../writes/body';
import { resolveRefs } from '../writes/refs';
import { assertRequired } from '../writes/required';

const SEVERITIES = ['normal', 'warning', 'error', 'alert'];

export function addEvent(ctx: Ctx) {
  const body = readBody(ctx, ['event']);
  assertRequired('POST', ['events'], body);
  if (!SEVERITIES.includes(String(body.severity).toLowerCase())) {
    throw new EngineFault(400, 'Invalid value', `${body.severity} is not a member of LogSeverity. Possible values for LogSeverity are: ${SEVERITIES.join(', ')}`);
  }
  resolveRefs(ctx, body);
  const dup = ctx.store.list('events').find((e) => e.origin === body.origin && e.custom_id === body.custom_id && e.custom_id !== -1);
  if (dup) throw new EngineFault(409, 'Operation Failed', '[Cannot add Event. An event with the same origin and custom id already exists.]');
  const id = String(nextEventId(ctx.store));
  const event = ctx.store.put('events', {
    flood_rate: 30, ...body, id, severity: String(body.severity).toLowerCase(), code: 10000, time: new Date(ctx.now()).toISOString(),
    correlation_id: body.correlation_id ?? ctx.correlationId, user: body.user ?? { id: ctx.user.id },
  });
  const href = `${ctx.base}/events/${id}`;
  return xml(201, 'event', representTop('events', event, ctx.base), { Location: href });
}

/** Where removed events wait for an undelete: a store key no route lists. */
const DELETED_EVENTS = 'events;deleted';

export function removeEvent(ctx: Ctx) {
  const event = ctx.store.get('events', ctx.params.id);
  if (!event || !ctx.store.remove('events', ctx.params.id)) throw notFound();
  ctx.store.put(DELETED_EVENTS, event);
  return deleted();
}

export function undeleteEvents(ctx: Ctx) {
  readBody(ctx, ['action']);
  for (const event of ctx.store.list(DELETED_EVENTS)) {
    ctx.store.remove(DELETED_EVENTS, event.id);
    ctx.store.put('events', event);
  }
  return xml(200, 'action', { status: { state: 'complete' } });
}
