import { t, tk } from '../i18n';
// Friendly names for the collections the entry point links to, in the order the drawer shows them.
export const COLLECTION_LABELS: [segment: string, label: string][] = [
  ['vms', tk('Virtual Machines')],
  ['hosts', tk('Hosts')],
  ['clusters', tk('Clusters')],
  ['datacenters', tk('Data Centers')],
  ['storagedomains', tk('Storage Domains')],
  ['storageconnections', tk('Storage Connections')],
  ['disks', tk('Disks')],
  ['networks', tk('Networks')],
  ['vnicprofiles', tk('vNIC Profiles')],
  ['cpuprofiles', tk('CPU Profiles')],
  ['diskprofiles', tk('Disk Profiles')],
  ['templates', tk('Templates')],
  ['vmpools', tk('VM Pools')],
  ['instancetypes', tk('Instance Types')],
  ['users', tk('Users')],
  ['groups', tk('Groups')],
  ['domains', tk('Domains')],
  ['roles', tk('Roles')],
  ['tags', tk('Tags')],
  ['macpools', tk('MAC Pools')],
  ['events', tk('Events')],
  ['jobs', tk('Jobs')],
  ['bookmarks', tk('Bookmarks')],
];

const LABELS = new Map(COLLECTION_LABELS);
export const labelOf = (segment: string): string | undefined => LABELS.get(segment);

/** The known collections the engine offers, as drawer entries. */
export function navEntries(collections: Record<string, string>): { segment: string; label: string }[] {
  const entries = COLLECTION_LABELS.filter(([s]) => s in collections).map(([segment, label]) => ({ segment, label }));
  // The helpdesk console view (/helpdesk) works on VMs: offered wherever VMs are.
  if ('vms' in collections) entries.splice(1, 0, { segment: 'helpdesk', label: t('Console (helpdesk)') });
  // Scheduled snapshot requests live in the portal's server (/portal/api), for the engine's VMs.
  if ('vms' in collections) entries.splice(2, 0, { segment: 'snapshotrequests', label: t('Snapshot requests') });
  return entries;
}
