// The compatibility version whose /capabilities values a form offers: the version being edited (a cluster
// or data center form), else the one of the object's cluster, else of its data center.
import { useQuery } from '@tanstack/react-query';
import { detailQuery } from '../../query';
import { compatOf, type Compat } from '../../query/capabilities';
import type { FormValues } from '../../schema';

const idOf = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

export function useCompat(values: FormValues, override?: Compat): Compat | undefined {
  const own = compatOf({ version: { major: values['version.major'], minor: values['version.minor'] } });
  const clusterId = idOf(values.cluster);
  const dcId = idOf(values.data_center);
  const cluster = useQuery({ ...detailQuery('clusters', clusterId ?? ''), enabled: !own && !override && !!clusterId });
  const dc = useQuery({ ...detailQuery('datacenters', dcId ?? ''), enabled: !own && !override && !clusterId && !!dcId });
  return override ?? own ?? compatOf(cluster.data) ?? compatOf(dc.data);
}
