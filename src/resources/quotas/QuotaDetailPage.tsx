// /datacenters/:parentId/quotas/:id — guide 9.5.3 (a data center's quotas; RSDL: quotaclusterlimits,
// quotastoragelimits, permissions): thresholds and grace, the limits per cluster and per storage domain with
// their usage, and who may consume the quota.
import { DetailPage, generalTab, permissionsTab, RefLink, type DetailConfig } from '../../components/detail';
import { formatBytes } from '../../components/format';
import type { XmlObject } from '../../xsd/parse';
import { t, tk } from '../../i18n';

const GiB = 1024 ** 3;
/** The engine's "unlimited" is -1 (api.xsd QuotaClusterLimit / QuotaStorageLimit). */
const limit = (v: unknown, show: (n: number) => string) => (v === undefined || v === null || v === '' ? '' : Number(v) < 0 ? 'Unlimited' : show(Number(v)));
const used = (v: unknown, show: (n: number) => string) => (v === undefined || v === null || v === '' ? '' : show(Number(v)));
const gib = (n: number) => formatBytes(n * GiB);
const ref = (collection: string, o: XmlObject | undefined, whole: string) => (o?.id ? <RefLink collection={collection} id={o.id} /> : whole);

export const quotaDetail: DetailConfig = {
  collection: 'quotas',
  parent: { collection: 'datacenters', sub: 'quotas', noun: tk('Data center') },
  actionSegment: 'datacenters/quotas',
  noun: tk('Quota'),
  tabs: [
    generalTab(),
    { key: 'quotaclusterlimits', label: tk('Cluster limits'), columns: () => [
      { header: t('Cluster'), value: (l) => ref('clusters', l.cluster, 'All clusters') },
      { header: t('Memory limit'), value: (l) => limit(l.memory_limit, gib) },
      { header: t('Memory used'), value: (l) => used(l.memory_usage, gib) },
      { header: t('vCPU limit'), value: (l) => limit(l.vcpu_limit, String) },
      { header: t('vCPUs used'), value: (l) => used(l.vcpu_usage, String) },
    ] },
    { key: 'quotastoragelimits', label: tk('Storage limits'), columns: () => [
      { header: t('Storage domain'), value: (l) => ref('storagedomains', l.storage_domain, 'All storage domains') },
      { header: t('Limit'), value: (l) => limit(l.limit, gib) },
      { header: t('Used'), value: (l) => used(l.usage, gib) },
    ] },
    permissionsTab(),
  ],
};

export default function QuotaDetailPage() {
  return <DetailPage config={quotaDetail} />;
}
