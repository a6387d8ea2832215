// How the engine names references (guide 7.4.6: an element with an `id` pointing at another resource)
// and which collections have a detail page, so every reference can become a link.
import type { XmlObject } from '../../xsd/parse';

/** Reference element name → collection segment. */
export const REF_COLLECTION: Record<string, string> = {
  data_center: 'datacenters', cluster: 'clusters', host: 'hosts', network: 'networks', storage_domain: 'storagedomains',
  storage_connection: 'storageconnections', vm: 'vms', template: 'templates', vmpool: 'vmpools', disk: 'disks',
  user: 'users', group: 'groups', role: 'roles', tag: 'tags', mac_pool: 'macpools', instance_type: 'instancetypes',
  job: 'jobs', quota: 'quotas', cpu_profile: 'cpuprofiles', vnic_profile: 'vnicprofiles', disk_profile: 'diskprofiles',
};

/** Segments with a `/<segment>/:id` page in the portal. */
export const DETAIL_COLLECTIONS = new Set([
  'datacenters', 'clusters', 'hosts', 'networks', 'storagedomains', 'storageconnections', 'vms', 'templates', 'vmpools',
  'disks', 'users', 'groups', 'roles', 'tags', 'macpools', 'events', 'jobs', 'instancetypes',
  'vnicprofiles', 'cpuprofiles', 'diskprofiles', 'bookmarks',
]);

export interface Ref { label: string; collection: string; id: string }

const isRef = (v: unknown): v is XmlObject => !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as XmlObject).id === 'string';
const labelOf = (element: string) => element.charAt(0).toUpperCase() + element.slice(1).replace(/_/g, ' ');

/**
 * Every reference the object carries at its top level: `<cluster id=…/>`, a plural wrapper such as
 * `<storage_domains><storage_domain id=…/></storage_domains>`, or a tag's `<parent><tag id=…/></parent>`.
 */
export function referencesOf(object: XmlObject, skip: ReadonlySet<string> = new Set()): Ref[] {
  const out: Ref[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (skip.has(key) || key === 'link' || key === 'actions') continue;
    if (REF_COLLECTION[key] && isRef(value)) {
      out.push({ label: labelOf(key), collection: REF_COLLECTION[key], id: value.id });
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    // `<parent><tag/></parent>` or `<storage_domains><storage_domain/>…</storage_domains>`
    for (const [inner, v] of Object.entries(value as XmlObject)) {
      if (!REF_COLLECTION[inner]) continue;
      const items = (Array.isArray(v) ? v : [v]).filter(isRef);
      const label = key === 'parent' ? `Parent ${inner}` : labelOf(inner);
      for (const item of items) out.push({ label, collection: REF_COLLECTION[inner], id: item.id });
    }
  }
  return out;
}
