// Which search table serves which collection segment, and the entity names the query may start with
// (`Vms:`, `Hosts :`) or use as cross-reference prefixes (`users.name`, `vms.status`).
import { basics, type CollectionSearch } from '../fieldTypes';
import { groupsSearch, usersSearch } from './access';
import { eventsSearch } from './events';
import { hostsSearch } from './hosts';
import { clustersSearch, dataCentersSearch, networksSearch } from './infrastructure';
import { disksSearch, storageDomainsSearch } from './storage';
import { instanceTypesSearch, templatesSearch, vmPoolsSearch } from './templates';
import { vmsSearch } from './vms';

export const SEARCHES: Record<string, CollectionSearch> = {
  vms: vmsSearch,
  hosts: hostsSearch,
  events: eventsSearch,
  users: usersSearch,
  groups: groupsSearch,
  storagedomains: storageDomainsSearch,
  disks: disksSearch,
  clusters: clustersSearch,
  datacenters: dataCentersSearch,
  networks: networksSearch,
  templates: templatesSearch,
  instancetypes: instanceTypesSearch,
  vmpools: vmPoolsSearch,
};

/** Collections without a search of their own still filter on the common fields. */
const fallback = (segment: string): CollectionSearch => ({
  names: [segment], fields: basics(), freeText: ['name', 'description'], defaultSort: { field: 'name', desc: false },
});

export function searchFor(segment: string): CollectionSearch {
  return SEARCHES[segment] ?? fallback(segment);
}

const BY_NAME = new Map(Object.entries(SEARCHES).flatMap(([segment, s]) => s.names.map((n) => [n, segment] as const)));

/** The collection segment an entity name stands for (`Vms` → vms, `storage` → storagedomains). */
export function segmentNamed(name: string): string | undefined {
  return BY_NAME.get(name.toLowerCase());
}
