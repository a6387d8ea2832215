// guide 25.4.3: POST /events adds a custom event (description, severity, origin, custom_id required,
// RSDL); DELETE /events/{id} removes one. Custom events keep the caller's origin and custom_id.
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

export function removeEvent(ctx: Ctx) {
  if (!ctx.store.remove('events', ctx.params.id)) throw notFound();
  return deleted();
}
