// /hosts/:id — guide chapter 14 (hosts): general, NICs and bonds (14.5), network attachments, storage
// (14.7.3 LUNs), NUMA nodes (14.7.4), statistics, hooks, devices, fence agents, errata, permissions, tags, events.
import { DetailPage, eventsTab, generalTab, permissionsTab, statisticsTab, tagsTab, type DetailConfig } from '../../components/detail';
import { formatBytes, humanize } from '../../components/format';
import type { XmlObject } from '../../xsd/parse';
import HostNicsTab from './HostNicsTab';
import { t, tk } from '../../i18n';

const text = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'object' ? String((v as XmlObject).name ?? (v as XmlObject).id ?? '') : String(v));
const list = (v: unknown): XmlObject[] => (Array.isArray(v) ? v : v ? [v as XmlObject] : []);

export const hostDetail: DetailConfig = {
  collection: 'hosts',
  noun: tk('Host'),
  transitional: ['installing', 'preparing_for_maintenance', 'connecting', 'initializing', 'reboot', 'unassigned', 'installing_os', 'kdumping'],
  tabs: [
    generalTab(),
    // NICs and bonds with the host's networking: bond, attach / detach networks, save the configuration.
    { key: 'nics', label: tk('NICs and bonds'), rel: 'nics', render: ({ object, id }) => <HostNicsTab key={id} host={object} /> },
    { key: 'networkattachments', label: tk('Network attachments'), lookups: ['networks'],
      itemName: (a, names) => names('networks', a.network?.id),
      rowActions: [{ label: tk('Detach'), method: 'DELETE', confirm: 'ask',
        consequence: (a, { object }) => `The network is detached from ${text(a.host_nic?.name ?? 'its NIC')} on ${text(object.name)}; VMs on this host lose it until it is attached again. Save the network configuration to keep the change after a reboot.` }],
      columns: (names) => [
      { header: t('Network'), value: (a) => names('networks', a.network?.id) },
      { header: t('Interface'), value: (a) => text(a.host_nic?.name ?? a.host_nic?.id) },
      { header: t('IP address'), value: (a) => list(a.ip_address_assignments?.ip_address_assignment).map((i) => text(i.ip?.address)).filter(Boolean).join(', ') },
      { header: t('Assignment'), value: (a) => list(a.ip_address_assignments?.ip_address_assignment).map((i) => humanize(i.assignment_method)).join(', ') },
      { header: t('In sync'), value: (a) => (a.reported_configurations?.in_sync === false ? 'No' : a.reported_configurations ? 'Yes' : '') },
    ] },
    { key: 'storage', label: tk('Storage'), columns: () => [
      { header: 'LUN', value: (s) => text(s.id) },
      { header: t('Type'), value: (s) => humanize(s.type) },
      { header: t('Target'), value: (s) => text(s.logical_unit?.target) },
      { header: t('Address'), value: (s) => text(s.logical_unit?.address) },
      { header: t('Vendor / product'), value: (s) => [s.logical_unit?.vendor_id, s.logical_unit?.product_id].filter(Boolean).join(' ') },
      { header: t('Size'), value: (s) => formatBytes(s.logical_unit?.size) },
      { header: t('Status'), value: (s) => humanize(s.logical_unit?.status) },
    ] },
    { key: 'numanodes', label: tk('NUMA nodes'), columns: () => [
      { header: t('Node'), value: (n) => text(n.name ?? n.index) },
      { header: t('Index'), value: (n) => text(n.index) },
      { header: t('Memory'), value: (n) => (n.memory === undefined ? '' : formatBytes(Number(n.memory) * 1024 * 1024)) },
      { header: t('CPU cores'), value: (n) => list(n.cpu?.cores?.core).map((c) => text(c.index)).join(', ') },
      { header: t('Distances'), value: (n) => text(n.node_distance) },
    ] },
    statisticsTab('host'),
    { key: 'hooks', label: tk('Hooks'), columns: () => [
      { header: t('Event'), value: (h) => text(h.event_name) },
      { header: t('Script'), value: (h) => text(h.name) },
      { header: t('MD5'), value: (h) => text(h.md5) },
    ] },
    { key: 'devices', label: tk('Devices'), columns: () => [
      { header: t('Name'), value: (d) => text(d.name) },
      { header: t('Capability'), value: (d) => text(d.capability) },
      { header: t('Vendor'), value: (d) => text(d.vendor?.name) },
      { header: t('Product'), value: (d) => text(d.product?.name) },
      { header: t('Parent'), value: (d) => text(d.parent_device?.name ?? d.parent_device?.id) },
      { header: t('IOMMU group'), value: (d) => text(d.iommu_group) },
    ] },
    { key: 'fenceagents', label: tk('Fence agents'), columns: () => [
      { header: t('Order'), value: (a) => text(a.order) },
      { header: t('Type'), value: (a) => text(a.type) },
      { header: t('Address'), value: (a) => text(a.address) },
      { header: t('User'), value: (a) => text(a.username) },
      { header: t('Port'), value: (a) => text(a.port) },
      { header: t('Concurrent'), value: (a) => (a.concurrent === true ? 'Yes' : a.concurrent === false ? 'No' : '') },
    ] },
    { key: 'katelloerrata', label: tk('Errata'), columns: () => [
      { header: t('Erratum'), value: (e) => text(e.name) },
      { header: t('Title'), value: (e) => text(e.title) },
      { header: t('Type'), value: (e) => humanize(e.type) },
      { header: t('Severity'), value: (e) => humanize(e.severity) },
      { header: t('Issued'), value: (e) => (e.issued ? new Date(String(e.issued)).toLocaleDateString() : '') },
    ] },
    { key: 'unmanagednetworks', label: tk('Unmanaged networks'), columns: () => [
      { header: t('Name'), value: (n) => text(n.name) },
      { header: t('Interface'), value: (n) => text(n.host_nic?.name ?? n.host_nic?.id) },
    ] },
    { key: 'storageconnectionextensions', label: tk('Storage connection extensions'), columns: () => [
      { header: t('Target'), value: (e) => text(e.target) },
      { header: t('User'), value: (e) => text(e.username) },
    ] },
    permissionsTab(),
    tagsTab(),
    eventsTab('host.name'),
  ],
};

export default function HostDetailPage() {
  return <DetailPage config={hostDetail} />;
}
