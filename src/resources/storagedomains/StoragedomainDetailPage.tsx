// /storagedomains/:id — guide chapter 13 (storage domains): disks, VMs and templates (export domains),
// files (ISO domains), storage connections, disk snapshots, disk profiles, permissions, events.
import { DetailPage, eventsTab, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';
import { formatBytes, formatDate } from '../../components/format';
import { t, tk } from '../../i18n';

export const storagedomainDetail: DetailConfig = {
  collection: 'storagedomains',
  noun: tk('Storage domain'),
  transitional: ['locked', 'preparing_for_maintenance', 'activating', 'detaching', 'mixed'],
  tabs: [
    generalTab(),
    { key: 'disks', label: tk('Disks'), table: 'disks', linkTo: 'disks' },
    { key: 'vms', label: tk('Virtual machines'), columns: () => [
      { header: t('Name'), value: (v) => String(v.name ?? v.id) },
      { header: t('Memory'), value: (v) => formatBytes(v.memory) },
      { header: t('Operating system'), value: (v) => String(v.os?.type ?? '') },
      { header: t('Created'), value: (v) => formatDate(v.creation_time) },
    ] },
    { key: 'templates', label: tk('Templates'), columns: () => [
      { header: t('Name'), value: (t) => String(t.name ?? t.id) },
      { header: t('Memory'), value: (t) => formatBytes(t.memory) },
      { header: t('Created'), value: (t) => formatDate(t.creation_time) },
    ] },
    { key: 'files', label: tk('Files'), columns: () => [
      { header: t('Name'), value: (f) => String(f.name ?? f.id) },
      { header: t('Type'), value: (f) => String(f.type ?? '') },
    ] },
    { key: 'storageconnections', label: tk('Storage connections'), table: 'storageconnections', linkTo: 'storageconnections' },
    { key: 'disksnapshots', label: tk('Disk snapshots'), columns: () => [
      { header: t('Disk'), value: (s) => String(s.alias ?? s.name ?? s.disk?.id ?? s.id) },
      { header: t('Size'), value: (s) => formatBytes(s.provisioned_size ?? s.size) },
      { header: t('Actual size'), value: (s) => formatBytes(s.actual_size) },
      { header: t('Snapshot'), value: (s) => String(s.snapshot?.id ?? '') },
    ] },
    { key: 'diskprofiles', label: tk('Disk profiles'), linkTo: 'diskprofiles', columns: () => [
      { header: t('Name'), value: (p) => String(p.name ?? p.id) },
      { header: t('Description'), value: (p) => String(p.description ?? '') },
    ] },
    { key: 'images', label: tk('Images'), columns: () => [
      { header: t('Name'), value: (i) => String(i.name ?? i.id) },
      { header: t('Type'), value: (i) => String(i.type ?? '') },
    ] },
    permissionsTab(),
    eventsTab('event_storage'),
  ],
};

export default function StoragedomainDetailPage() {
  return <DetailPage config={storagedomainDetail} />;
}
