// /hosts/:id — guide chapter 14 (hosts): general, NICs and bonds (14.5), network attachments, storage
// (14.7.3 LUNs), NUMA nodes (14.7.4), statistics, hooks, devices, fence agents, errata, permissions, tags, events.
import { DetailPage, eventsTab, generalTab, permissionsTab, statisticsTab, tagsTab, type DetailConfig } from '../../components/detail';
import { formatBytes, humanize } from '../../components/format';
import type { XmlObject } from '../../xsd/parse';
import HostNicsTab from './HostNicsTab';

const text = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'object' ? String((v as XmlObject).name ?? (v as XmlObject).id ?? '') : String(v));
const list = (v: unknown): XmlObject[] => (Array.isArray(v) ? v : v ? [v as XmlObject] : []);

export const hostDetail: DetailConfig = {
  collection: 'hosts',
  noun: 'Host',
  transitional: ['installing', 'preparing_for_maintenance', 'connecting', 'initializing', 'reboot', 'unassigned', 'installing_os', 'kdumping'],
  tabs: [
    generalTab(),
    // NICs and bonds with the host's networking: bond, attach / detach networks, save the configuration.
    { key: 'nics', label: 'NICs and bonds', rel: 'nics', render: ({ object, id }) => <HostNicsTab key={id} host={object} /> },
    { key: 'networkattachments', label: 'Network attachments', lookups: ['networks'],
      itemName: (a, names) => names('networks', a.network?.id),
      rowActions: [{ label: 'Detach', method: 'DELETE', confirm: 'ask',
        consequence: (a, { object }) => `The network is detached from ${text(a.host_nic?.name ?? 'its NIC')} on ${text(object.name)}; VMs on this host lose it until it is attached again. Save the network configuration to keep the change after a reboot.` }],
      columns: (names) => [
      { header: 'Network', value: (a) => names('networks', a.network?.id) },
      { header: 'Interface', value: (a) => text(a.host_nic?.name ?? a.host_nic?.id) },
      { header: 'IP address', value: (a) => list(a.ip_address_assignments?.ip_address_assignment).map((i) => text(i.ip?.address)).filter(Boolean).join(', ') },
      { header: 'Assignment', value: (a) => list(a.ip_address_assignments?.ip_address_assignment).map((i) => humanize(i.assignment_method)).join(', ') },
      { header: 'In sync', value: (a) => (a.reported_configurations?.in_sync === false ? 'No' : a.reported_configurations ? 'Yes' : '') },
    ] },
    { key: 'storage', label: 'Storage', columns: () => [
      { header: 'LUN', value: (s) => text(s.id) },
      { header: 'Type', value: (s) => humanize(s.type) },
      { header: 'Target', value: (s) => text(s.logical_unit?.target) },
      { header: 'Address', value: (s) => text(s.logical_unit?.address) },
      { header: 'Vendor / product', value: (s) => [s.logical_unit?.vendor_id, s.logical_unit?.product_id].filter(Boolean).join(' ') },
      { header: 'Size', value: (s) => formatBytes(s.logical_unit?.size) },
      { header: 'Status', value: (s) => humanize(s.logical_unit?.status) },
    ] },
    { key: 'numanodes', label: 'NUMA nodes', columns: () => [
      { header: 'Node', value: (n) => text(n.name ?? n.index) },
      { header: 'Index', value: (n) => text(n.index) },
      { header: 'Memory', value: (n) => (n.memory === undefined ? '' : formatBytes(Number(n.memory) * 1024 * 1024)) },
      { header: 'CPU cores', value: (n) => list(n.cpu?.cores?.core).map((c) => text(c.index)).join(', ') },
      { header: 'Distances', value: (n) => text(n.node_distance) },
    ] },
    statisticsTab('host'),
    { key: 'hooks', label: 'Hooks', columns: () => [
      { header: 'Event', value: (h) => text(h.event_name) },
      { header: 'Script', value: (h) => text(h.name) },
      { header: 'MD5', value: (h) => text(h.md5) },
    ] },
    { key: 'devices', label: 'Devices', columns: () => [
      { header: 'Name', value: (d) => text(d.name) },
      { header: 'Capability', value: (d) => text(d.capability) },
      { header: 'Vendor', value: (d) => text(d.vendor?.name) },
      { header: 'Product', value: (d) => text(d.product?.name) },
      { header: 'Parent', value: (d) => text(d.parent_device?.name ?? d.parent_device?.id) },
      { header: 'IOMMU group', value: (d) => text(d.iommu_group) },
    ] },
    { key: 'fenceagents', label: 'Fence agents', columns: () => [
      { header: 'Order', value: (a) => text(a.order) },
      { header: 'Type', value: (a) => text(a.type) },
      { header: 'Address', value: (a) => text(a.address) },
      { header: 'User', value: (a) => text(a.username) },
      { header: 'Port', value: (a) => text(a.port) },
      { header: 'Concurrent', value: (a) => (a.concurrent === true ? 'Yes' : a.concurrent === false ? 'No' : '') },
    ] },
    { key: 'katelloerrata', label: 'Errata', columns: () => [
      { header: 'Erratum', value: (e) => text(e.name) },
      { header: 'Title', value: (e) => text(e.title) },
      { header: 'Type', value: (e) => humanize(e.type) },
      { header: 'Severity', value: (e) => humanize(e.severity) },
      { header: 'Issued', value: (e) => (e.issued ? new Date(String(e.issued)).toLocaleDateString() : '') },
    ] },
    { key: 'unmanagednetworks', label: 'Unmanaged networks', columns: () => [
      { header: 'Name', value: (n) => text(n.name) },
      { header: 'Interface', value: (n) => text(n.host_nic?.name ?? n.host_nic?.id) },
    ] },
    { key: 'storageconnectionextensions', label: 'Storage connection extensions', columns: () => [
      { header: 'Target', value: (e) => text(e.target) },
      { header: 'User', value: (e) => text(e.username) },
    ] },
    permissionsTab(),
    tagsTab(),
    eventsTab('host.name'),
  ],
};

export default function HostDetailPage() {
  return <DetailPage config={hostDetail} />;
}
