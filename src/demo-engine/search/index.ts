// The engine's search language (guide 7.3.4-7.3.9: `?search=`, case sensitivity, query syntax,
// wildcards, pagination; 25.4: events). `runSearch` filters, orders and pages one collection's
// entities; a malformed query becomes the engine's 400 "Operation Failed" fault.
import type { Store } from '../store';
import type { Entity } from '../types';
import { compileCriteria } from './compile';
import { fail, SearchSyntaxError, toFault } from './errors';
import { searchFor, segmentNamed } from './fields';
import { Lookups } from './lookups';
import { parseQuery } from './parse';
import { DEFAULT_PAGE_SIZE, pageOf, sortEntities } from './sort';
import { DAY } from './dates';

export interface SearchOptions {
  store: Store;
  /** guide 7.3.6: searches are case sensitive unless `;case-sensitive=false`. */
  caseSensitive: boolean;
  /** Results per `page N`: the request's `max`, else 100. */
  pageSize?: number;
  /** The engine's clock, for `today` and `yesterday` in date criteria. */
  now?: number;
  /** What the requesting user may see (user API): applied before paging. */
  visible?: (e: Entity) => boolean;
  /**
   * `items` is the whole collection as the store keeps it (Store.snapshot): its sorted orders and the
   * results of each query are then kept until the state changes, so a repeated page costs no sorting.
   */
  stable?: boolean;
}

/** Query results kept while the state holds (each up to the whole collection's references). */
const RESULTS_KEPT = 64;

export function runSearch(segment: string, items: readonly Entity[], query: string, opts: SearchOptions): Entity[] {
  try {
    return execute(segment, items, query, opts);
  } catch (e) {
    if (e instanceof SearchSyntaxError) throw toFault(e, query);
    throw e;
  }
}

function execute(segment: string, items: readonly Entity[], query: string, opts: SearchOptions): Entity[] {
  const parsed = parseQuery(query);
  const search = searchFor(segment);
  if (parsed.prefix && (segmentNamed(parsed.prefix.name) ?? parsed.prefix.name.toLowerCase()) !== segment) {
    fail('INVALID_SEARCH_OBJECT', parsed.prefix);
  }
  const now = opts.now ?? Date.now();
  const look = new Lookups(opts.store, now);
  const predicate = parsed.criteria && compileCriteria(parsed.criteria, { search, look, caseSensitive: opts.caseSensitive });
  const byDefault = search.fields[search.defaultSort.field] && { field: search.fields[search.defaultSort.field], desc: search.defaultSort.desc };
  let by = byDefault;
  if (parsed.sort) {
    const field = search.fields[parsed.sort.field.toLowerCase()] ?? fail('INVALID_SORT_FIELD', parsed.sort);
    by = { field, desc: parsed.sort.desc };
  }
  const then = by === byDefault ? undefined : byDefault;
  let out: readonly Entity[];
  if (opts.stable) {
    // A stable sort of the whole collection, then the filter, orders exactly like filter-then-sort.
    const order = parsed.sort ? `${parsed.sort.field.toLowerCase()} ${parsed.sort.desc}` : 'default';
    const sorted = by ? opts.store.memo(`search:${segment}:sorted:${order}`, () => sortEntities(items, by, then, look)) : items;
    // Date criteria read `today` from the clock: the day is part of what a result is kept under.
    const key = `${segment}:${opts.caseSensitive}:${Math.floor(now / DAY)}:${order}:${JSON.stringify(parsed.criteria)}`;
    out = predicate ? opts.store.memoIn('search:results', RESULTS_KEPT, key, () => sorted.filter(predicate)) : sorted;
  } else {
    out = predicate ? items.filter(predicate) : items;
    if (by) out = sortEntities(out, by, then, look);
  }
  if (opts.visible) out = out.filter(opts.visible);
  if (parsed.page !== undefined) return pageOf(out, parsed.page, opts.pageSize && opts.pageSize > 0 ? opts.pageSize : DEFAULT_PAGE_SIZE);
  return out.slice();
}
