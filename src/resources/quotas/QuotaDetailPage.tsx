// /datacenters/:parentId/quotas/:id — guide 9.5.3 (a data center's quotas; RSDL: quotaclusterlimits,
// quotastoragelimits, permissions): thresholds and grace, the limits per cluster and per storage domain with
// their usage, and who may consume the quota.
import { DetailPage, generalTab, permissionsTab, RefLink, type DetailConfig } from '../../components/detail';
import type { SubColumn } from '../../components/SubTable';
import QuotaLimitsTab from './QuotaLimitsTab';
import { formatBytes } from '../../components/format';
import type { XmlObject } from '../../xsd/parse';

const GiB = 1024 ** 3;
/** The engine's "unlimited" is -1 (api.xsd QuotaClusterLimit / QuotaStorageLimit). */
const limit = (v: unknown, show: (n: number) => string) => (v === undefined || v === null || v === '' ? '' : Number(v) < 0 ? 'Unlimited' : show(Number(v)));
const used = (v: unknown, show: (n: number) => string) => (v === undefined || v === null || v === '' ? '' : show(Number(v)));
const gib = (n: number) => formatBytes(n * GiB);
const ref = (collection: string, o: XmlObject | undefined, whole: string) => (o?.id ? <RefLink collection={collection} id={o.id} /> : whole);

const clusterColumns: SubColumn[] = [
  { header: 'Cluster', value: (l) => ref('clusters', l.cluster, 'All clusters') },
  { header: 'Memory limit', value: (l) => limit(l.memory_limit, gib) },
  { header: 'Memory used', value: (l) => used(l.memory_usage, gib) },
  { header: 'vCPU limit', value: (l) => limit(l.vcpu_limit, String) },
  { header: 'vCPUs used', value: (l) => used(l.vcpu_usage, String) },
];
const storageColumns: SubColumn[] = [
  { header: 'Storage domain', value: (l) => ref('storagedomains', l.storage_domain, 'All storage domains') },
  { header: 'Limit', value: (l) => limit(l.limit, gib) },
  { header: 'Used', value: (l) => used(l.usage, gib) },
];

export const quotaDetail: DetailConfig = {
  collection: 'quotas',
  parent: { collection: 'datacenters', sub: 'quotas', noun: 'Data center' },
  actionSegment: 'datacenters/quotas',
  noun: 'Quota',
  tabs: [
    generalTab(),
    { key: 'quotaclusterlimits', label: 'Cluster limits', rel: 'quotaclusterlimits',
      render: (ctx) => <QuotaLimitsTab ctx={ctx} kind="quotaclusterlimits" label="Cluster limits" columns={clusterColumns} /> },
    { key: 'quotastoragelimits', label: 'Storage limits', rel: 'quotastoragelimits',
      render: (ctx) => <QuotaLimitsTab ctx={ctx} kind="quotastoragelimits" label="Storage limits" columns={storageColumns} /> },
    permissionsTab(),
  ],
};

export default function QuotaDetailPage() {
  return <DetailPage config={quotaDetail} />;
}
