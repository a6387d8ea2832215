// The VM page's tab table (guide 15.6 sub-collections): general, the devices with their operations, snapshots,
// read-only guest data (NUMA nodes, sessions, applications, reported devices), statistics, permissions, tags, events.
import { eventsTab, permissionsTab, statisticsTab, tagsTab, type DetailTab } from '../../components/detail';
import { formatBytes, humanize } from '../../components/format';
import type { XmlObject } from '../../xsd/parse';
import VmAffinityTab from './VmAffinityTab';
import VmCdromsTab from './VmCdromsTab';
import VmDisksTab from './VmDisksTab';
import VmGeneral from './VmGeneral';
import VmNicsTab from './VmNicsTab';
import VmSnapshotsTab from './VmSnapshotsTab';
import VmWatchdogsTab from './VmWatchdogsTab';
import { t, tk } from '../../i18n';

const text = (v: unknown): string => (v === undefined || v === null || typeof v === 'object' ? '' : String(v));
const list = (v: unknown): XmlObject[] => (Array.isArray(v) ? v : v ? [v] : []);

export const VM_TABS: DetailTab[] = [
  { key: 'general', label: tk('General'), render: ({ object }) => <VmGeneral vm={object} /> },
  { key: 'disks', label: tk('Disks'), render: ({ object }) => <VmDisksTab vm={object} /> },
  { key: 'nics', label: tk('NICs'), render: ({ object }) => <VmNicsTab vm={object} /> },
  { key: 'cdroms', label: tk('CD-ROMs'), render: ({ object }) => <VmCdromsTab vm={object} /> },
  { key: 'snapshots', label: tk('Snapshots'), render: ({ object }) => <VmSnapshotsTab vm={object} /> },
  // guide 15.6.3: virtual NUMA nodes with their CPUs, memory and pinning to host nodes.
  { key: 'numanodes', label: tk('NUMA nodes'), columns: () => [
    { header: t('Index'), value: (n) => text(n.index) },
    { header: t('CPUs'), value: (n) => list(n.cpu?.cores?.core).map((c) => text(c.index)).join(', ') },
    { header: t('Memory'), value: (n) => (n.memory !== undefined ? formatBytes(Number(n.memory) * 1024 * 1024) : '') },
    { header: t('Pinned to host nodes'), value: (n) => list(n.numa_node_pins?.numa_node_pin).map((p) => text(p.index ?? p.host_numa_node?.index)).join(', ') },
  ] },
  { key: 'watchdogs', label: tk('Watchdogs'), render: ({ object }) => <VmWatchdogsTab vm={object} /> },
  // guide 15.6.7: who is connected (console users and guest-agent logons).
  { key: 'sessions', label: tk('Sessions'), columns: () => [
    { header: t('User'), value: (s) => text(s.user?.user_name ?? s.user?.name ?? s.user?.id) },
    { header: t('Console user'), value: (s) => (s.console_user === true ? 'Yes' : 'No') },
    { header: t('Protocol'), value: (s) => humanize(s.protocol) },
    { header: t('From'), value: (s) => text(s.ip?.address) },
  ] },
  { key: 'applications', label: tk('Applications'), columns: () => [{ header: t('Name'), value: (a) => text(a.name) }] },
  { key: 'reporteddevices', label: tk('Reported devices'), columns: () => [
    { header: t('Name'), value: (d) => text(d.name) },
    { header: t('Type'), value: (d) => humanize(d.type) },
    { header: t('MAC address'), value: (d) => text(d.mac?.address) },
    { header: t('IP addresses'), value: (d) => list(d.ips?.ip).map((ip) => text(ip.address)).join(', ') },
  ] },
  { key: 'affinitygroups', label: tk('Affinity groups'), render: ({ object }) => <VmAffinityTab vm={object} /> },
  statisticsTab('vm'),
  permissionsTab(),
  tagsTab(),
  eventsTab('vm.name'),
];
