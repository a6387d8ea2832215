// A list's search, sort and page live in the URL (`?q=status%3Dup&sort=name&order=desc&page=2`),
// so a reload or a shared link reproduces the view; the query key derives from them.
// `prefetch` starts the next view's request on the click itself: the URL change renders the page again as a
// transition (100 ms and more with a full grid) before the query would ask, and the request need not wait.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ListParams } from '../query';

export function useListParams(defaultSort = 'name', prefetch?: (next: ListParams) => void) {
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

  const update = useCallback((next: Partial<ListParams>) => {
    const merged = { ...params, ...next };
    prefetch?.(merged);
    const out = new URLSearchParams();
    if (merged.criteria) out.set('q', merged.criteria);
    if (merged.sortBy && merged.sortBy !== defaultSort) out.set('sort', merged.sortBy);
    if (merged.order === 'desc') out.set('order', 'desc');
    if (merged.page > 1) out.set('page', String(merged.page));
    setSp(out);
  }, [params, setSp, defaultSort, prefetch]);

  return { params, update };
}
