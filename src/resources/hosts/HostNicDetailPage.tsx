// /hosts/:parentId/nics/:id — one host NIC or bond (guide 14.7.2): general, statistics (14.7.2.5), labels
// (14.7.2.4) and its network attachments (14.7.2.3.1, detach asks first).
import { apiPath } from '../../api';
import { DetailPage, LabelsTab, subHref, type DetailConfig } from '../../components/detail';
import { StatisticsTab } from '../../components/statistics';
import { humanize } from '../../components/format';
import type { XmlObject } from '../../xsd/parse';
import HostNicGeneral from './HostNicGeneral';
import { t, tk } from '../../i18n';

const list = (v: unknown): XmlObject[] => (Array.isArray(v) ? v : v ? [v as XmlObject] : []);

export const hostNicDetail: DetailConfig = {
  // No element table describes a host NIC: the general tab is its own.
  collection: 'hostnics',
  parent: { collection: 'hosts', sub: 'nics', noun: tk('Host') },
  noun: tk('Network interface'),
  actions: false,
  tabs: [
    { key: 'general', label: tk('General'), render: ({ object }) => <HostNicGeneral nic={object} /> },
    { key: 'statistics', label: tk('Statistics'), rel: 'statistics', render: ({ object, id }) => (
      <StatisticsTab key={id} href={apiPath(subHref('nics', object, 'statistics'))} kind="nic" />
    ) },
    { key: 'labels', label: tk('Labels'), rel: 'labels', render: ({ scope, object }) => <LabelsTab key={scope.id} scope={scope} object={object} /> },
    { key: 'networkattachments', label: tk('Network attachments'), lookups: ['networks'],
      itemName: (a, names) => names('networks', a.network?.id), columns: (names) => [
      { header: t('Network'), value: (a) => names('networks', a.network?.id) },
      { header: t('IP address'), value: (a) => list(a.ip_address_assignments?.ip_address_assignment).map((i) => String(i.ip?.address ?? '')).filter(Boolean).join(', ') },
      { header: t('Assignment'), value: (a) => list(a.ip_address_assignments?.ip_address_assignment).map((i) => humanize(i.assignment_method)).join(', ') },
      { header: t('In sync'), value: (a) => (a.reported_configurations?.in_sync === false ? 'No' : a.reported_configurations ? 'Yes' : '') },
    ],
    rowActions: [{ label: tk('Detach'), method: 'DELETE', confirm: 'ask',
      consequence: (_a, { object }) => `The network is detached from ${String(object.name ?? '')}; VMs on this host lose it until it is attached again. Save the host's network configuration to keep the change after a reboot.` }] },
  ],
};

export default function HostNicDetailPage() {
  return <DetailPage config={hostNicDetail} />;
}
