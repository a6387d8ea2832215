// TanStack layer for snapshot requests: one list query (keys from the factory), polled while any request
// is still moving, and the mutations, which refresh it (and the VM's snapshots) when they succeed.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../query';
import { cancelRequest, createRequest, deleteSnapshotNow, isOpen, listRequests, type NewRequest, type RequestList } from './requestsApi';

export const SEGMENT = 'snapshotrequests';
const ACTIVE_POLL_MS = 2_000;
const IDLE_POLL_MS = 30_000;

export const requestsQuery = () =>
  queryOptions({
    queryKey: keys.list(SEGMENT, { all: true }),
    queryFn: ({ signal }): Promise<RequestList> => listRequests(signal),
    refetchInterval: (q) => (q.state.data?.data.some(isOpen) ? ACTIVE_POLL_MS : IDLE_POLL_MS),
  });

function useRefresh() {
  const client = useQueryClient();
  return (vmId?: string) => {
    void client.invalidateQueries({ queryKey: keys.all(SEGMENT) });
    if (vmId) void client.invalidateQueries({ queryKey: keys.sub('vms', vmId, 'snapshots') });
  };
}

export function useCreateRequest() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (r: NewRequest) => createRequest(r), onSuccess: (_d, r) => refresh(r.vm_id) });
}

export function useCancelRequest() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: ({ id }: { id: number; vmId: string }) => cancelRequest(id), onSuccess: (_d, v) => refresh(v.vmId) });
}

export function useDeleteNow() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: ({ id }: { id: number; vmId: string }) => deleteSnapshotNow(id), onSuccess: (_d, v) => refresh(v.vmId) });
}
