// /clusters/:id — guide chapter 12 (clusters): networks (attach/detach, 12.4), gluster volumes,
// affinity groups, CPU profiles, permissions, events.
import { DetailPage, eventsTab, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';
import StatusChip from '../../components/StatusChip';
import { humanize } from '../../components/format';

const yesNo = (v: unknown) => (v === true ? 'Yes' : v === false ? 'No' : '');

export const clusterDetail: DetailConfig = {
  collection: 'clusters',
  noun: 'Cluster',
  tabs: [
    generalTab(),
    { key: 'networks', label: 'Logical networks', table: 'networks', linkTo: 'networks',
      attach: { label: 'Assign network', collection: 'networks', element: 'network' },
      rowActions: [{ label: 'Unassign', method: 'DELETE', confirm: 'ask',
        consequence: (n, { object }) => `${String(n.name)} is unassigned from cluster ${String(object.name)}: its hosts stop carrying it and VM NICs on it lose their network.` }] },
    { key: 'glustervolumes', label: 'Gluster volumes', columns: () => [
      { header: 'Name', value: (v) => String(v.name ?? v.id) },
      { header: 'Type', value: (v) => humanize(v.volume_type) },
      { header: 'Replicas', value: (v) => String(v.replica_count ?? '') },
      { header: 'Status', value: (v) => <StatusChip state={v.status?.state} /> },
    ] },
    { key: 'affinitygroups', label: 'Affinity groups', linkItems: true, columns: () => [
      { header: 'Name', value: (g) => String(g.name ?? g.id) },
      { header: 'Description', value: (g) => String(g.description ?? '') },
      { header: 'Positive', value: (g) => yesNo(g.positive) },
      { header: 'Enforcing', value: (g) => yesNo(g.enforcing) },
    ] },
    { key: 'cpuprofiles', label: 'CPU profiles', linkTo: 'cpuprofiles', columns: () => [
      { header: 'Name', value: (p) => String(p.name ?? p.id) },
      { header: 'Description', value: (p) => String(p.description ?? '') },
    ] },
    { key: 'glusterhooks', label: 'Gluster hooks', columns: () => [
      { header: 'Name', value: (h) => String(h.name ?? h.id) },
      { header: 'Event', value: (h) => String(h.gluster_command ?? h.stage ?? '') },
      { header: 'Status', value: (h) => <StatusChip state={String(h.status ?? '').toLowerCase()} /> },
    ] },
    permissionsTab(),
    eventsTab('cluster.name'),
  ],
};

export default function ClusterDetailPage() {
  return <DetailPage config={clusterDetail} />;
}
