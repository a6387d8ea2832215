// guide 7.3.3: `Accept: application/xml; detail=statistics` extends a hosts or vms listing with each
// item's statistics sub-collection inline (`<host>…<statistics><statistic>…</statistics></host>`, the
// Host and VM types' `statistics` element in api.xsd), so a client reads a page of usage in one request.
import type { Ctx } from '../context';
import { statisticRepresentations } from '../statistics';

/** Table 7.4: the collections that take `detail=` and the sub-collections they extend. */
const EXTENDED: Record<string, readonly string[]> = { hosts: ['statistics'], vms: ['statistics', 'nics', 'disks'] };

/** The sub-collections asked for with `detail=` (`detail=a+b`, or `detail=a; detail=b`). */
export function detailsAsked(accept: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const m of (accept ?? '').matchAll(/detail\s*=\s*"?([\w+ ]+)"?/gi)) for (const d of m[1].split(/[+ ]/)) if (d) out.add(d.toLowerCase());
  return out;
}

/** Whether the listing of `segment` must carry statistics inline for this request. */
export const inlineStatistics = (ctx: Ctx, segment: string): boolean =>
  (EXTENDED[segment] ?? []).includes('statistics') && detailsAsked(ctx.req.headers.accept).has('statistics');

/** `rep` with its statistics inline (a representation of `<segment>/<id>`). */
export function withStatistics(ctx: Ctx, segment: string, id: string, rep: Record<string, any>): Record<string, any> {
  const statistic = statisticRepresentations(ctx, [segment, id], `${ctx.base}/${segment}/${id}/statistics`);
  return statistic ? { ...rep, statistics: { statistic } } : rep;
}
