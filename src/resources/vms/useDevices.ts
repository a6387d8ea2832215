// A VM sub-collection for a device tab, re-read while one of its items is changing (a disk being created or
// moved is `locked`, a snapshot being taken or removed is `locked`).
import { useQuery } from '@tanstack/react-query';
import { subQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';

const changing = (i: XmlObject) => i.status?.state === 'locked' || i.snapshot_status === 'locked';

export function useDevices(vmId: string, sub: string, poll?: boolean) {
  return useQuery({
    ...subQuery('vms', vmId, sub),
    refetchInterval: (q) => (poll || q.state.data?.some(changing) ? 2000 : false),
  });
}
