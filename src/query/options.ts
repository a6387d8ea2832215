// Query option factories: the entry point, server-side lists (search + sortby + page in the search
// string, guide 7.3.7-7.3.9), every item of a collection (for name look-ups), details, sub-collections.
import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import { collectionPath, composeSearch, get, itemsOf, linkHref, parseEntryPoint, type EntryPoint } from '../api';
import type { XmlObject } from '../xsd/parse';
import { keys, type ListParams } from './keys';
import { SIGNALLED } from './changes';
import { refetchIntervalOf, USAGE_META } from './refresh';

/**
 * A page read this recently is used as it is when the page asks for it: the list's click prefetches the next
 * page (useListParams), and the grid's observer, arriving after the click's render, must not read it again.
 */
export const JUST_READ_MS = 2_000;

/** The engine's page size when a search has no `;max=` (guide 7.3.9). */
export const PAGE_SIZE = 100;

export interface ListPage { items: XmlObject[]; page: number; hasNextPage: boolean }

export const entryPointQuery = () =>
  queryOptions({
    queryKey: keys.entry(),
    queryFn: async ({ signal }): Promise<EntryPoint> => parseEntryPoint((await get('/', { signal })).value),
    staleTime: 15_000,
  });

/**
 * The entry point read again for its `<summary>` (guide 4.4: VMs, hosts, users and storage domains,
 * total and active): the dashboard's counts in one request, refetched when events name what it counts.
 * It starts from the entry point already read, so opening the dashboard costs nothing.
 */
export const summaryQuery = (client: QueryClient) =>
  queryOptions({
    queryKey: keys.summary(),
    queryFn: async ({ signal }): Promise<EntryPoint> => {
      const ep = parseEntryPoint((await get('/', { signal })).value);
      client.setQueryData(keys.entry(), ep);
      return ep;
    },
    initialData: () => client.getQueryData<EntryPoint>(keys.entry()),
    initialDataUpdatedAt: () => client.getQueryState(keys.entry())?.dataUpdatedAt,
    refetchInterval: refetchIntervalOf('signalled'),
    refetchIntervalInBackground: true,
  });

async function collectionOf(client: QueryClient, c: string): Promise<{ ep: EntryPoint; path: string }> {
  const ep = await client.ensureQueryData(entryPointQuery());
  return { ep, path: ep.collections[c] ?? `/${c}` };
}

async function readPage(client: QueryClient, c: string, params: ListParams, signal: AbortSignal, detail?: string[]): Promise<ListPage> {
  const { ep, path } = await collectionOf(client, c);
  const search = composeSearch({ criteria: params.criteria, sortBy: params.sortBy, order: params.order, page: params.page });
  const res = await get(collectionPath(ep, c, search) ?? path, { signal, detail });
  const items = itemsOf(res.value);
  return { items, page: params.page, hasNextPage: items.length >= PAGE_SIZE };
}

export const listQuery = (c: string, params: ListParams) =>
  queryOptions({
    queryKey: keys.list(c, params),
    queryFn: ({ client, signal }) => readPage(client, c, params, signal),
    placeholderData: keepPreviousData,
    staleTime: JUST_READ_MS,
    // The refresh policy (refresh.ts): what events name refetches when they name it, the rest at the
    // user's interval; slower, then paused, when hidden; a burst after an action.
    refetchInterval: refetchIntervalOf(SIGNALLED.has(c) ? 'signalled' : 'changes'),
    refetchIntervalInBackground: true,
  });

/**
 * A page of hosts or VMs whose refreshes carry the rows' statistics inline (guide 7.3.3, `detail=statistics`),
 * so usage columns follow in the same one request, at the gauge interval (once a minute at 10 s) or when
 * an event names a row. The first read of a page is plain, so its rows show as soon as the list alone
 * can be read; its usage cells read their own statistics once (useUsage).
 */
export const listWithStatisticsQuery = (c: 'vms' | 'hosts', params: ListParams) =>
  queryOptions({
    queryKey: keys.listWithStatistics(c, params),
    queryFn: ({ client, signal, queryKey }) => readPage(client, c, params, signal, client.getQueryData(queryKey) ? ['statistics'] : undefined),
    placeholderData: keepPreviousData,
    staleTime: JUST_READ_MS,
    refetchInterval: refetchIntervalOf('signalledUsage'),
    refetchIntervalInBackground: true,
    meta: USAGE_META,
  });

/** The query a collection's list page reads, for views that share its cache (a detail page's previous/next). */
export const listPageQuery = (c: string, params: ListParams): ReturnType<typeof listQuery> =>
  // The same data (a ListPage) under a longer key: typed as the plain list's options.
  c === 'vms' ? (listWithStatisticsQuery(c, params) as unknown as ReturnType<typeof listQuery>) : listQuery(c, params);

/** Every host with its statistics inline (guide 7.3.3): the dashboard's statuses and utilization in one request. */
export const allWithStatisticsQuery = (c: 'hosts') =>
  queryOptions({
    queryKey: keys.listWithStatistics(c, { all: true }),
    queryFn: async ({ client, signal }): Promise<XmlObject[]> => {
      const { path } = await collectionOf(client, c);
      return itemsOf((await get(path, { signal, detail: ['statistics'] })).value);
    },
    refetchInterval: refetchIntervalOf('signalledUsage'),
    meta: USAGE_META,
  });

/** Every item of a small collection (hosts, clusters) to resolve names once, not per row. */
export const allQuery = (c: string) =>
  queryOptions({
    queryKey: keys.list(c, { all: true }),
    queryFn: async ({ client, signal }): Promise<XmlObject[]> => {
      const { path } = await collectionOf(client, c);
      return itemsOf((await get(path, { signal })).value);
    },
    staleTime: 60_000,
  });

export const detailQuery = (c: string, id: string) =>
  queryOptions({
    queryKey: keys.detail(c, id),
    queryFn: async ({ client, signal }): Promise<XmlObject> => {
      const { path } = await collectionOf(client, c);
      return (await get(`${path}/${encodeURIComponent(id)}`, { signal })).value;
    },
  });

export const subQuery = (c: string, id: string, sub: string) =>
  queryOptions({
    queryKey: keys.sub(c, id, sub),
    queryFn: async ({ client, signal }): Promise<XmlObject[]> => {
      const parent = await client.ensureQueryData(detailQuery(c, id));
      const { path } = await collectionOf(client, c);
      const href = linkHref(parent, sub) ?? `${path}/${encodeURIComponent(id)}/${sub}`;
      return itemsOf((await get(href, { signal })).value);
    },
  });

/** One item of a sub-collection (`/datacenters/{id}/quotas/{quota}`): the parent's link, then the item. */
export const subItemQuery = (c: string, id: string, sub: string, itemId: string) =>
  queryOptions({
    queryKey: keys.subItem(c, id, sub, itemId),
    queryFn: async ({ client, signal }): Promise<XmlObject> => {
      const parent = await client.ensureQueryData(detailQuery(c, id));
      const { path } = await collectionOf(client, c);
      const href = linkHref(parent, sub) ?? `${path}/${encodeURIComponent(id)}/${sub}`;
      return (await get(`${href}/${encodeURIComponent(itemId)}`, { signal })).value;
    },
  });

/** A sub-collection of a sub-collection's item (a host NIC's labels): the item's link, else `<item href>/<rel>`. */
export const nestedQuery = (c: string, id: string, sub: string, itemId: string, rel: string) =>
  queryOptions({
    queryKey: keys.nested(c, id, sub, itemId, rel),
    queryFn: async ({ client, signal }): Promise<XmlObject[]> => {
      const item = await client.ensureQueryData(subItemQuery(c, id, sub, itemId));
      const href = linkHref(item, rel) ?? `${String(item.href ?? '')}/${rel}`;
      return itemsOf((await get(href, { signal })).value);
    },
  });
