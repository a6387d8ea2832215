// Friendly names for the collections the entry point links to, in the order the drawer shows them.
export const COLLECTION_LABELS: [segment: string, label: string][] = [
  ['vms', 'Virtual Machines'],
  ['hosts', 'Hosts'],
  ['clusters', 'Clusters'],
  ['datacenters', 'Data Centers'],
  ['storagedomains', 'Storage Domains'],
  ['storageconnections', 'Storage Connections'],
  ['disks', 'Disks'],
  ['networks', 'Networks'],
  ['vnicprofiles', 'vNIC Profiles'],
  ['cpuprofiles', 'CPU Profiles'],
  ['diskprofiles', 'Disk Profiles'],
  ['templates', 'Templates'],
  ['vmpools', 'VM Pools'],
  ['instancetypes', 'Instance Types'],
  ['users', 'Users'],
  ['groups', 'Groups'],
  ['domains', 'Domains'],
  ['roles', 'Roles'],
  ['tags', 'Tags'],
  ['macpools', 'MAC Pools'],
  ['events', 'Events'],
  ['jobs', 'Jobs'],
  ['bookmarks', 'Bookmarks'],
];

const LABELS = new Map(COLLECTION_LABELS);
export const labelOf = (segment: string): string | undefined => LABELS.get(segment);

/** The known collections the engine offers, as drawer entries. */
export function navEntries(collections: Record<string, string>): { segment: string; label: string }[] {
  const entries = COLLECTION_LABELS.filter(([s]) => s in collections).map(([segment, label]) => ({ segment, label }));
  // The helpdesk console view (/helpdesk) works on VMs: offered wherever VMs are.
  if ('vms' in collections) entries.splice(1, 0, { segment: 'helpdesk', label: 'Console (helpdesk)' });
  // Scheduled snapshot requests live in the portal's server (/portal/api), for the engine's VMs.
  if ('vms' in collections) entries.splice(2, 0, { segment: 'snapshotrequests', label: 'Snapshot requests' });
  return entries;
}
