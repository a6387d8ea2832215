// /clusters/:id — guide chapter 12 (clusters): networks (attach/detach, 12.4), gluster volumes,
// affinity groups, CPU profiles, permissions, events.
import { DetailPage, eventsTab, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';
import StatusChip from '../../components/StatusChip';
import { humanize } from '../../components/format';
import { t, tk } from '../../i18n';

const yesNo = (v: unknown) => (v === true ? 'Yes' : v === false ? 'No' : '');

export const clusterDetail: DetailConfig = {
  collection: 'clusters',
  noun: tk('Cluster'),
  tabs: [
    generalTab(),
    { key: 'networks', label: tk('Logical networks'), table: 'networks', linkTo: 'networks',
      attach: { label: tk('Assign network'), collection: 'networks', element: 'network' },
      rowActions: [{ label: tk('Unassign'), method: 'DELETE', confirm: 'ask',
        consequence: (n, { object }) => `${String(n.name)} is unassigned from cluster ${String(object.name)}: its hosts stop carrying it and VM NICs on it lose their network.` }] },
    { key: 'glustervolumes', label: tk('Gluster volumes'), columns: () => [
      { header: t('Name'), value: (v) => String(v.name ?? v.id) },
      { header: t('Type'), value: (v) => humanize(v.volume_type) },
      { header: t('Replicas'), value: (v) => String(v.replica_count ?? '') },
      { header: t('Status'), value: (v) => <StatusChip state={v.status?.state} /> },
    ] },
    { key: 'affinitygroups', label: tk('Affinity groups'), linkItems: true, columns: () => [
      { header: t('Name'), value: (g) => String(g.name ?? g.id) },
      { header: t('Description'), value: (g) => String(g.description ?? '') },
      { header: t('Positive'), value: (g) => yesNo(g.positive) },
      { header: t('Enforcing'), value: (g) => yesNo(g.enforcing) },
    ] },
    { key: 'cpuprofiles', label: tk('CPU profiles'), linkTo: 'cpuprofiles', columns: () => [
      { header: t('Name'), value: (p) => String(p.name ?? p.id) },
      { header: t('Description'), value: (p) => String(p.description ?? '') },
    ] },
    { key: 'glusterhooks', label: tk('Gluster hooks'), columns: () => [
      { header: t('Name'), value: (h) => String(h.name ?? h.id) },
      { header: t('Event'), value: (h) => String(h.gluster_command ?? h.stage ?? '') },
      { header: t('Status'), value: (h) => <StatusChip state={String(h.status ?? '').toLowerCase()} /> },
    ] },
    permissionsTab(),
    eventsTab('cluster.name'),
  ],
};

export default function ClusterDetailPage() {
  return <DetailPage config={clusterDetail} />;
}
