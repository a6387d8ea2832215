// The only place query keys are made (STYLE: `[c]`, `[c,'list',params]`, `[c,'detail',id]`,
// `[c,'detail',id,sub]`). `c` is the API path segment (`vms`, `storagedomains`); the entry point is `api`.
export interface ListParams {
  /** Search criteria in the engine's language, without sortby/page. */
  criteria: string;
  sortBy?: string;
  order?: 'asc' | 'desc';
  /** 1-based, as in the engine's `page N`. */
  page: number;
}

export const keys = {
  entry: () => ['api'] as const,
  /** The entry point read again for its summary counts (the dashboard), refetched when events name what they count. */
  summary: () => ['api', 'summary'] as const,
  all: (c: string) => [c] as const,
  lists: (c: string) => [c, 'list'] as const,
  list: (c: string, params: ListParams | { all: true }) => [c, 'list', params] as const,
  /** A list read with its items' statistics inline (guide 7.3.3 `detail=statistics`). */
  listWithStatistics: (c: string, params: ListParams | { all: true }) => [c, 'list', params, 'statistics'] as const,
  detail: (c: string, id: string) => [c, 'detail', id] as const,
  sub: (c: string, id: string, sub: string) => [c, 'detail', id, sub] as const,
  /** One item of a sub-collection (a data center's quota, a host's NIC) and, with `rel`, one of its own sub-collections. */
  subItem: (c: string, id: string, sub: string, itemId: string) => [c, 'detail', id, sub, itemId] as const,
  nested: (c: string, id: string, sub: string, itemId: string, rel: string) => [c, 'detail', id, sub, itemId, rel] as const,
  /** A directory search in a domain's users or groups (guide 19.3: `domains/{id}/users?search=`). */
  directory: (domainId: string, kind: 'users' | 'groups', criteria: string) => ['domains', 'detail', domainId, kind, { search: criteria }] as const,
  /** How many items a search finds, capped (`;max=`): dashboard counts. */
  count: (c: string, criteria: string, max: number) => [c, 'count', criteria, max] as const,
  counts: (c: string) => [c, 'count'] as const,
  /** An incremental feed (events followed with `from=`), one per search. */
  feeds: (c: string) => [c, 'feed'] as const,
  feed: (c: string, criteria: string) => [c, 'feed', criteria] as const,
  /** The newest page of a feed read again to find what someone else removed (a `from=` poll cannot tell). */
  feedCheck: (c: string, criteria: string) => [c, 'feedCheck', criteria] as const,
  /** The statistics of any resource, by its statistics href (VMs, hosts, disks, NICs). */
  statistics: (href: string) => ['statistics', href] as const,
};
