// Quotas live under their data center (guide chapter 9, `/datacenters/{id}/quotas`), so a quota reference is
// picked from the quotas of the object's data center: the form's own data center, else its cluster's (its own
// cluster or its parent VM's), else that of the storage domain a disk is created on.
import { useQuery } from '@tanstack/react-query';
import { detailQuery } from '../../query';
import { valueAt, type FormValues, type ResourceTable } from '../../schema';
import type { XmlObject } from '../../xsd/parse';
import type { FormContext, RefSource } from './fieldProps';
import { idOf } from './useCompat';

/** The data center a storage domain is attached to (`data_centers/data_center`, older engines `data_center`). */
const dcOfDomain = (sd: XmlObject | undefined) => idOf(valueAt(sd, 'data_centers.data_center.id')) ?? idOf(valueAt(sd, 'data_center.id'));

export function useDataCenterOf(values: FormValues, context: FormContext = {}): string | undefined {
  const own = idOf(values.data_center) ?? context.dataCenter;
  const clusterId = idOf(values.cluster) ?? context.cluster;
  const domainId = idOf(values['storage_domains.storage_domain']) ?? idOf(values.storage_domain);
  const cluster = useQuery({ ...detailQuery('clusters', clusterId ?? ''), enabled: !own && !!clusterId });
  const domain = useQuery({ ...detailQuery('storagedomains', domainId ?? ''), enabled: !own && !clusterId && !!domainId });
  return own ?? idOf(valueAt(cluster.data, 'data_center.id')) ?? dcOfDomain(domain.data);
}

const quotaHint = (table: ResourceTable) =>
  table.elements.some((e) => e.path === 'cluster') ? 'cluster' : table.elements.some((e) => e.path === 'storage_domains.storage_domain') ? 'storage domain' : 'data center';

/** Where each `quotas` reference of `table` lists its choices; undefined entries until the data center is known. */
export function useQuotaSources(table: ResourceTable, values: FormValues, context?: FormContext): Record<string, RefSource | undefined> {
  const refs = table.elements.filter((e) => e.ref === 'quotas').map((e) => e.path);
  const dc = useDataCenterOf(refs.length ? values : {}, refs.length ? context : {});
  return Object.fromEntries(refs.map((p) => [p, { collection: 'datacenters', id: dc ?? '', sub: 'quotas', waitingFor: quotaHint(table) }]));
}
