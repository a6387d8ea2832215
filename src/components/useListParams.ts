// A list's search, sort and page live in the URL (`?q=status%3Dup&sort=name&order=desc&page=2`),
// so a reload or a shared link reproduces the view; the query key derives from them.
// With `prefetch`, a change reads the new view first and changes the URL once it is in (or after
// NAVIGATE_WITHIN_MS, whichever comes first): the page then renders once, with the new rows, instead of
// once with the old rows (a router navigation re-renders the whole page, 100 ms and more with a full grid)
// and again when they arrive (issue 12: next page, sort and search ≤ 150 ms). PendingListBar shows the wait.
// The URL changes with `flushSync`: the router would otherwise render the new view as a transition, in
// slices between frames, which took the sort and the search about 12% longer (bench:vm-list).
import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { ListParams } from '../query';

/** A slow engine's answer is not waited for: the page shows the new view loading after this long. */
export const NAVIGATE_WITHIN_MS = 400;

export function useListParams(defaultSort = 'name', prefetch?: (next: ListParams) => Promise<unknown> | void) {
  const [sp, setSp] = useSearchParams();
  const params: ListParams = useMemo(() => {
    const page = Number(sp.get('page'));
    const order = sp.get('order');
    return {
      criteria: sp.get('q') ?? '',
      sortBy: sp.get('sort') || defaultSort,
      order: order === 'desc' ? 'desc' : 'asc',
      page: Number.isInteger(page) && page > 0 ? page : 1,
    };
  }, [sp, defaultSort]);
  // A change made while the previous one still reads builds on it (two quick clicks on "next": page 3).
  const pending = useRef<ListParams | undefined>(undefined);

  const update = useCallback((next: Partial<ListParams>) => {
    const merged = { ...(pending.current ?? params), ...next };
    const out = new URLSearchParams();
    if (merged.criteria) out.set('q', merged.criteria);
    if (merged.sortBy && merged.sortBy !== defaultSort) out.set('sort', merged.sortBy);
    if (merged.order === 'desc') out.set('order', 'desc');
    if (merged.page > 1) out.set('page', String(merged.page));
    const go = () => {
      if (pending.current !== merged) return; // a newer change superseded this one
      pending.current = undefined;
      setSp(out, { flushSync: true });
    };
    pending.current = merged;
    const reading = prefetch?.(merged);
    if (!reading) return go();
    void Promise.race([reading, new Promise((r) => setTimeout(r, NAVIGATE_WITHIN_MS))]).then(go, go);
  }, [params, setSp, defaultSort, prefetch]);

  return { params, update };
}

/**
 * For `prefetch`: reads a view not in the cache yet and returns the read to wait for; a view already in the
 * cache (a page seen before) shows at once, its refresh running behind it as usual.
 */
export function readAhead<T, K extends QueryKey>(client: QueryClient, options: FetchQueryOptions<T, Error, T, K>): Promise<void> | undefined {
  return client.getQueryData(options.queryKey) === undefined ? client.prefetchQuery(options) : undefined;
}
