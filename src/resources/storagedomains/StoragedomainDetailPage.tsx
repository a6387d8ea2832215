// /storagedomains/:id — guide chapter 13 (storage domains): disks, VMs and templates (export domains),
// files (ISO domains), storage connections, disk snapshots, disk profiles, permissions, events.
import { DetailPage, eventsTab, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';
import { formatBytes, formatDate } from '../../components/format';

export const storagedomainDetail: DetailConfig = {
  collection: 'storagedomains',
  noun: 'Storage domain',
  transitional: ['locked', 'preparing_for_maintenance', 'activating', 'detaching', 'mixed'],
  tabs: [
    generalTab(),
    { key: 'disks', label: 'Disks', table: 'disks', linkTo: 'disks' },
    { key: 'vms', label: 'Virtual machines', columns: () => [
      { header: 'Name', value: (v) => String(v.name ?? v.id) },
      { header: 'Memory', value: (v) => formatBytes(v.memory) },
      { header: 'Operating system', value: (v) => String(v.os?.type ?? '') },
      { header: 'Created', value: (v) => formatDate(v.creation_time) },
    ] },
    { key: 'templates', label: 'Templates', columns: () => [
      { header: 'Name', value: (t) => String(t.name ?? t.id) },
      { header: 'Memory', value: (t) => formatBytes(t.memory) },
      { header: 'Created', value: (t) => formatDate(t.creation_time) },
    ] },
    { key: 'files', label: 'Files', columns: () => [
      { header: 'Name', value: (f) => String(f.name ?? f.id) },
      { header: 'Type', value: (f) => String(f.type ?? '') },
    ] },
    { key: 'storageconnections', label: 'Storage connections', table: 'storageconnections', linkTo: 'storageconnections' },
    { key: 'disksnapshots', label: 'Disk snapshots', columns: () => [
      { header: 'Disk', value: (s) => String(s.alias ?? s.name ?? s.disk?.id ?? s.id) },
      { header: 'Size', value: (s) => formatBytes(s.provisioned_size ?? s.size) },
      { header: 'Actual size', value: (s) => formatBytes(s.actual_size) },
      { header: 'Snapshot', value: (s) => String(s.snapshot?.id ?? '') },
    ] },
    { key: 'diskprofiles', label: 'Disk profiles', linkTo: 'diskprofiles', columns: () => [
      { header: 'Name', value: (p) => String(p.name ?? p.id) },
      { header: 'Description', value: (p) => String(p.description ?? '') },
    ] },
    { key: 'images', label: 'Images', columns: () => [
      { header: 'Name', value: (i) => String(i.name ?? i.id) },
      { header: 'Type', value: (i) => String(i.type ?? '') },
    ] },
    permissionsTab(),
    eventsTab('event_storage'),
  ],
};

export default function StoragedomainDetailPage() {
  return <DetailPage config={storagedomainDetail} />;
}
