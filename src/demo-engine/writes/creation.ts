// Asynchronous creation (guide 7.3.11): the new resource answers 202 with `creation_status` pending and a
// `rel="creation_status"` link; GET of that link answers `<creation>` pending → complete on the engine clock.
import type { Ctx } from '../context';
import type { Entity } from '../types';
import { newId } from './ids';
import { runChain } from '../vms/transitions';

/** Tracks the creation of the entity stored under `key`; `complete` runs after `ms` of engine time. */
export function trackCreation(ctx: Ctx, key: string, entity: Entity, href: string, ms: number, complete: (e: Entity) => void): void {
  const creationId = newId(ctx);
  const statusHref = `${href}/creation_status/${creationId}`;
  ctx.store.put('_creations', { id: creationId, href: statusHref, state: 'pending' });
  entity.creation_status = { state: 'pending' };
  entity.link = [...(entity.link ?? []).filter((l: Entity) => l.rel !== 'creation_status'), { rel: 'creation_status', href: statusHref }];
  runChain(ctx, key, entity.id, [[ms, (e) => {
    delete e.creation_status;
    e.link = (e.link ?? []).filter((l: Entity) => l.rel !== 'creation_status');
    if (!e.link.length) delete e.link;
    const rec = ctx.store.get('_creations', creationId);
    if (rec) rec.state = 'complete';
    complete(e);
  }]]);
}

/**
 * `Expect: 201-created` (guide 7.3.11): the client asks to wait for the creation to finish. Proxies may drop or
 * refuse an unknown `Expect`, so the engine also reads `X-Ovirt-Expect` (the 4.x engine's `ExpectationHelper`).
 */
export const waitsForCreation = (ctx: Ctx) => /201-created/i.test(`${ctx.req.headers['expect'] ?? ''} ${ctx.req.headers['x-ovirt-expect'] ?? ''}`);
