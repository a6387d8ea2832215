// What each VM sub-collection tab shows (guide chapter on VMs: disks, nics, snapshots, cdroms,
// statistics, permissions, tags).
import type { SubColumn } from '../../components/SubTable';
import StatusChip from '../../components/StatusChip';
import { formatBytes, formatDate, humanize } from '../../components/format';
import type { XmlObject } from '../../xsd/parse';

export type Names = (collection: string, id: unknown) => string;

const yesNo = (v: unknown) => (v === true ? 'Yes' : v === false ? 'No' : '');

function statisticValue(s: XmlObject): string {
  const values = s.values?.value;
  const first = Array.isArray(values) ? values[0] : values;
  const datum = first?.datum ?? first?.detail ?? '';
  if (String(s.unit ?? '').toUpperCase() === 'BYTES') return formatBytes(datum);
  const unit = s.unit && s.unit !== 'NONE' ? ` ${String(s.unit).toLowerCase()}` : '';
  return datum === '' ? '' : `${datum}${unit}`;
}

export interface VmTab { sub: string; label: string; columns: (names: Names) => SubColumn[]; lookups?: string[] }

export const VM_TABS: VmTab[] = [
  { sub: 'disks', label: 'Disks', columns: () => [
    { header: 'Name', value: (d) => d.alias ?? d.name ?? d.id },
    { header: 'Size', value: (d) => formatBytes(d.provisioned_size ?? d.size) },
    { header: 'Actual size', value: (d) => formatBytes(d.actual_size) },
    { header: 'Interface', value: (d) => d.interface ?? '' },
    { header: 'Format', value: (d) => d.format ?? '' },
    { header: 'Bootable', value: (d) => yesNo(d.bootable) },
    { header: 'Status', value: (d) => <StatusChip state={d.status?.state} /> },
  ] },
  { sub: 'nics', label: 'NICs', lookups: ['networks'], columns: (names) => [
    { header: 'Name', value: (n) => n.name ?? n.id },
    { header: 'Network', value: (n) => names('networks', n.network?.id) },
    { header: 'MAC address', value: (n) => n.mac?.address ?? '' },
    { header: 'Interface', value: (n) => n.interface ?? '' },
    { header: 'Plugged', value: (n) => yesNo(n.plugged) },
    { header: 'Linked', value: (n) => yesNo(n.linked) },
  ] },
  { sub: 'snapshots', label: 'Snapshots', columns: () => [
    { header: 'Description', value: (s) => s.description ?? '' },
    { header: 'Date', value: (s) => formatDate(s.date) },
    { header: 'Type', value: (s) => humanize(s.type) },
    { header: 'Status', value: (s) => <StatusChip state={s.snapshot_status} /> },
  ] },
  { sub: 'cdroms', label: 'CD-ROMs', columns: () => [
    { header: 'Device', value: (c) => c.id ?? '' },
    { header: 'Image', value: (c) => c.file?.id || 'None (empty)' },
  ] },
  { sub: 'statistics', label: 'Statistics', columns: () => [
    { header: 'Name', value: (s) => s.name ?? '' },
    { header: 'Value', value: statisticValue },
    { header: 'Description', value: (s) => s.description ?? '' },
  ] },
  { sub: 'permissions', label: 'Permissions', lookups: ['roles', 'users', 'groups'], columns: (names) => [
    { header: 'Role', value: (p) => names('roles', p.role?.id) },
    { header: 'User or group', value: (p) => (p.user ? names('users', p.user.id) : p.group ? names('groups', p.group.id) : '') },
  ] },
  { sub: 'tags', label: 'Tags', columns: () => [
    { header: 'Name', value: (t) => t.name ?? '' },
    { header: 'Description', value: (t) => t.description ?? '' },
  ] },
];
