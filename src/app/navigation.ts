// Friendly names for the collections the entry point links to, in the order the drawer shows them.
export const COLLECTION_LABELS: [segment: string, label: string][] = [
  ['vms', 'Virtual Machines'],
  ['hosts', 'Hosts'],
  ['clusters', 'Clusters'],
  ['datacenters', 'Data Centers'],
  ['storagedomains', 'Storage Domains'],
  ['disks', 'Disks'],
  ['networks', 'Networks'],
  ['templates', 'Templates'],
  ['vmpools', 'VM Pools'],
  ['instancetypes', 'Instance Types'],
  ['users', 'Users'],
  ['groups', 'Groups'],
  ['roles', 'Roles'],
  ['tags', 'Tags'],
  ['events', 'Events'],
  ['jobs', 'Jobs'],
];

const LABELS = new Map(COLLECTION_LABELS);
export const labelOf = (segment: string): string | undefined => LABELS.get(segment);

/** The known collections the engine offers, as drawer entries. */
export function navEntries(collections: Record<string, string>): { segment: string; label: string }[] {
  return COLLECTION_LABELS.filter(([s]) => s in collections).map(([segment, label]) => ({ segment, label }));
}
