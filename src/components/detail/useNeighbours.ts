// The objects before and after this one in the list the user came from: the list's search, sort and
// page travel in the detail URL (`?q=…&sort=…&page=N`, as useListParams writes them), else the
// collection's default order. The same list queries as the list page, so coming from it costs nothing;
// at a page edge the neighbouring page is fetched (one page, never the whole collection).
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { listPageQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { useListParams } from '../useListParams';

export interface Neighbour { item: XmlObject; to: string }
export interface Neighbours { prev?: Neighbour; next?: Neighbour; position?: { index: number; page: number }; loading: boolean }

export function useNeighbours(collection: string, id: string, defaultSort = 'name'): Neighbours {
  const { params } = useListParams(defaultSort);
  const [sp] = useSearchParams();
  const current = useQuery({ ...listPageQuery(collection, params), refetchInterval: false });
  const items = current.data && !current.isPlaceholderData ? current.data.items : undefined;
  const index = items ? items.findIndex((i) => String(i.id) === id) : -1;
  const needPrev = index === 0 && params.page > 1;
  const needNext = !!items && index >= 0 && index === items.length - 1 && !!current.data?.hasNextPage;
  const before = useQuery({ ...listPageQuery(collection, { ...params, page: params.page - 1 }), enabled: needPrev, refetchInterval: false });
  const after = useQuery({ ...listPageQuery(collection, { ...params, page: params.page + 1 }), enabled: needNext, refetchInterval: false });

  const link = (item: XmlObject, page: number): Neighbour => {
    const next = new URLSearchParams(sp);
    if (page > 1) next.set('page', String(page));
    else next.delete('page');
    const search = next.toString();
    return { item, to: `/${collection}/${encodeURIComponent(String(item.id))}${search ? `?${search}` : ''}` };
  };
  let prev: Neighbour | undefined;
  let next: Neighbour | undefined;
  if (items && index > 0) prev = link(items[index - 1], params.page);
  else if (needPrev && before.data?.items.length) prev = link(before.data.items[before.data.items.length - 1], params.page - 1);
  if (items && index >= 0 && index < items.length - 1) next = link(items[index + 1], params.page);
  else if (needNext && after.data?.items.length) next = link(after.data.items[0], params.page + 1);
  return {
    prev, next,
    position: index >= 0 ? { index, page: params.page } : undefined,
    loading: current.isPending || (needPrev && before.isPending) || (needNext && after.isPending),
  };
}
