// A bookmark's value is a search in the engine's language with its object type first, as the
// Administration Portal saves it (`Vms: status=up`); this turns it into the portal list that runs it.
const PREFIXES: Record<string, string> = {
  vm: 'vms', vms: 'vms', host: 'hosts', hosts: 'hosts', cluster: 'clusters', clusters: 'clusters',
  datacenter: 'datacenters', datacenters: 'datacenters', storage: 'storagedomains', template: 'templates',
  templates: 'templates', event: 'events', events: 'events', user: 'users', users: 'users', group: 'groups',
  groups: 'groups', disk: 'disks', disks: 'disks', pool: 'vmpools', pools: 'vmpools', network: 'networks',
  networks: 'networks',
};

/** The portal path running the bookmark's search, or undefined when its object type is not known. */
export function bookmarkPath(value: unknown): string | undefined {
  const m = /^\s*([A-Za-z_]+)\s*:\s*(.*)$/s.exec(String(value ?? ''));
  const segment = m ? PREFIXES[m[1].toLowerCase()] : undefined;
  if (!m || !segment) return undefined;
  const criteria = m[2].trim();
  return criteria ? `/${segment}?${new URLSearchParams({ q: criteria })}` : `/${segment}`;
}
