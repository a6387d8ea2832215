export { keys, type ListParams } from './keys';
export { entryPointQuery, listQuery, allQuery, detailQuery, subQuery, subItemQuery, nestedQuery, PAGE_SIZE, type ListPage } from './options';
export { createQueryClient } from './queryClient';
export { useSession, useLogin, useLogout } from './useSession';
export { refreshPolicy, useRefreshInterval, useRefreshChoice, useLastUpdate, listRefetchInterval, REFRESH_CHOICES, type RefreshChoice } from './refresh';
export { useRefNames, refIds, type RefNames } from './useRefNames';
