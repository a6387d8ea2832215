// /datacenters/:parentId/quotas/:id — guide 9.5.3 (a data center's quotas; RSDL: quotaclusterlimits,
// quotastoragelimits, permissions): thresholds and grace, the limits per cluster and per storage domain with
// their usage, and who may consume the quota.
import { DetailPage, generalTab, permissionsTab, RefLink, type DetailConfig } from '../../components/detail';
import type { SubColumn } from '../../components/SubTable';
import QuotaLimitsTab from './QuotaLimitsTab';
import { formatBytes } from '../../components/format';
import type { XmlObject } from '../../xsd/parse';
import { t, tk } from '../../i18n';

const GiB = 1024 ** 3;
/** The engine's "unlimited" is -1 (api.xsd QuotaClusterLimit / QuotaStorageLimit). */
const limit = (v: unknown, show: (n: number) => string) => (v === undefined || v === null || v === '' ? '' : Number(v) < 0 ? 'Unlimited' : show(Number(v)));
const used = (v: unknown, show: (n: number) => string) => (v === undefined || v === null || v === '' ? '' : show(Number(v)));
const gib = (n: number) => formatBytes(n * GiB);
const ref = (collection: string, o: XmlObject | undefined, whole: string) => (o?.id ? <RefLink collection={collection} id={o.id} /> : whole);

// Functions, so the headers are looked up in the language shown when the tab renders.
const clusterColumns = (): SubColumn[] => [
  { header: t('Cluster'), value: (l) => ref('clusters', l.cluster, t('All clusters')) },
  { header: t('Memory limit'), value: (l) => limit(l.memory_limit, gib) },
  { header: t('Memory used'), value: (l) => used(l.memory_usage, gib) },
  { header: t('vCPU limit'), value: (l) => limit(l.vcpu_limit, String) },
  { header: t('vCPUs used'), value: (l) => used(l.vcpu_usage, String) },
];
const storageColumns = (): SubColumn[] => [
  { header: t('Storage domain'), value: (l) => ref('storagedomains', l.storage_domain, t('All storage domains')) },
  { header: t('Limit'), value: (l) => limit(l.limit, gib) },
  { header: t('Used'), value: (l) => used(l.usage, gib) },
];

export const quotaDetail: DetailConfig = {
  collection: 'quotas',
  parent: { collection: 'datacenters', sub: 'quotas', noun: tk('Data center') },
  actionSegment: 'datacenters/quotas',
  noun: tk('Quota'),
  tabs: [
    generalTab(),
    { key: 'quotaclusterlimits', label: tk('Cluster limits'), rel: 'quotaclusterlimits',
      render: (ctx) => <QuotaLimitsTab ctx={ctx} kind="quotaclusterlimits" label={t('Cluster limits')} columns={clusterColumns()} /> },
    { key: 'quotastoragelimits', label: tk('Storage limits'), rel: 'quotastoragelimits',
      render: (ctx) => <QuotaLimitsTab ctx={ctx} kind="quotastoragelimits" label={t('Storage limits')} columns={storageColumns()} /> },
    permissionsTab(),
  ],
};

export default function QuotaDetailPage() {
  return <DetailPage config={quotaDetail} />;
}
