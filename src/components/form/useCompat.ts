// The compatibility version whose /capabilities values a form offers: the version being edited (a cluster
// or data center form), else the one of the object's cluster (its own, or its parent's: a VM's NIC or disk
// takes the VM's cluster), else of its data center.
import { useQuery } from '@tanstack/react-query';
import { detailQuery } from '../../query';
import { compatOf, type Compat } from '../../query/capabilities';
import type { FormValues } from '../../schema';
import type { XmlObject } from '../../xsd/parse';
import type { FormContext } from './fieldProps';

export const idOf = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : Array.isArray(v) && typeof v[0] === 'string' && v[0] ? v[0] : undefined);

export function useCompat(values: FormValues, override?: Compat, context: FormContext = {}): Compat | undefined {
  const own = compatOf({ version: { major: values['version.major'], minor: values['version.minor'] } });
  const clusterId = idOf(values.cluster) ?? context.cluster;
  const dcId = idOf(values.data_center) ?? context.dataCenter;
  const cluster = useQuery({ ...detailQuery('clusters', clusterId ?? ''), enabled: !own && !override && !!clusterId });
  const dc = useQuery({ ...detailQuery('datacenters', dcId ?? ''), enabled: !own && !override && !clusterId && !!dcId });
  return override ?? own ?? compatOf(cluster.data) ?? compatOf(dc.data);
}

/** The same for an existing resource an action dialog runs on (a host's fence: the host's cluster's version). */
export function useResourceCompat(resource: XmlObject): Compat | undefined {
  const v = resource.version as XmlObject | undefined;
  const version = { 'version.major': v?.major as FormValues[string], 'version.minor': v?.minor as FormValues[string] };
  return useCompat(version, undefined, { cluster: idOf(resource.cluster?.id), dataCenter: idOf(resource.data_center?.id) });
}
