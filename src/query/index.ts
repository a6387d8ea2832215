export { keys, type ListParams } from './keys';
export { entryPointQuery, summaryQuery, listQuery, listWithStatisticsQuery, listPageQuery, allQuery, allWithStatisticsQuery, detailQuery, subQuery, subItemQuery, nestedQuery, PAGE_SIZE, type ListPage } from './options';
export { createQueryClient } from './queryClient';
export { useSession, useLogin, useLogout } from './useSession';
export { refreshPolicy, useRefreshInterval, useRefreshChoice, useLastUpdate, refetchIntervalOf, feedInterval, USAGE_META, REFRESH_CHOICES, type Cadence, type RefreshChoice } from './refresh';
export { invalidateNamed, namedBy, SIGNALLED } from './changes';
export { useRefNames, refIds, type RefNames } from './useRefNames';
