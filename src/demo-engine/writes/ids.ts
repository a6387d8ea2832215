// New ids for created entities: deterministic per engine (a counter in the store mixed with the clock),
// so tests with an injected clock get stable ids and the core needs no crypto or Math.random.
import type { Ctx } from '../context';
import { Random } from '../ids';

export function newId(ctx: Pick<Ctx, 'store' | 'now'>): string {
  const meta = ctx.store.get('_meta', 'ids') ?? ctx.store.put('_meta', { id: 'ids', last: 0 });
  meta.last += 1;
  return new Random((ctx.now() ^ (meta.last * 2654435761)) >>> 0).uuid();
}

/** A random-looking token (console tickets). */
export function newToken(ctx: Pick<Ctx, 'store' | 'now'>, length = 12): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const rnd = new Random(parseInt(newId(ctx).slice(0, 8), 16));
  return Array.from({ length }, () => rnd.pick([...alphabet])).join('');
}
