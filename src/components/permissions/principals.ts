// How users, groups and roles are named in the permissions tab.
import type { XmlObject } from '../../xsd/parse';

/** "Mary (mary@internal)"; a group by its name (`demo.example.com/Engineering`). */
export function principalLabel(p: XmlObject): string {
  const name = String(p.name ?? p.id ?? '');
  const login = p.user_name ? String(p.user_name) : '';
  return login && login !== name ? `${name} (${login})` : name;
}

export function labelsById(items: readonly XmlObject[] | undefined, label: (i: XmlObject) => string = principalLabel): Map<string, string> {
  return new Map((items ?? []).filter((i) => i.id).map((i) => [String(i.id), label(i)]));
}

/** The objects a permission can apply to (guide 7.4.8), for a user's or group's own permissions list. */
export const PERMISSION_OBJECTS: [element: string, collection: string, label: string][] = [
  ['data_center', 'datacenters', 'Data center'], ['cluster', 'clusters', 'Cluster'], ['host', 'hosts', 'Host'],
  ['storage_domain', 'storagedomains', 'Storage domain'], ['vm', 'vms', 'Virtual machine'], ['vmpool', 'vmpools', 'Pool'],
  ['template', 'templates', 'Template'], ['disk', 'disks', 'Disk'], ['network', 'networks', 'Network'],
  ['vnic_profile', 'vnicprofiles', 'vNIC profile'], ['cpu_profile', 'cpuprofiles', 'CPU profile'], ['disk_profile', 'diskprofiles', 'Disk profile'],
];

export function objectOf(p: XmlObject): { collection: string; label: string; id: string } | undefined {
  for (const [el, collection, label] of PERMISSION_OBJECTS) {
    if (p[el]?.id) return { collection, label, id: String(p[el].id) };
  }
  return undefined;
}
