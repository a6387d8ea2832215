// The RSDL reaches some resources through more than one parent (`datacenters/{dc}/clusters/{c}/networks`,
// `networks/{n}/vnicprofiles/{p}/permissions`, `hosts/{h}/nics/setupnetworks`...). The engine serves them with
// the same resource classes as the canonical path (e.g. BackendDataCenterClustersResource hands out
// BackendClusterResource), so the demo rewrites such a path to the canonical one, once the child is known to
// belong to that parent (else 404, as the engine's lookup under the parent fails).
import type { Store } from '../store';
import type { Entity } from '../types';

const refs = (list: any): { id: string }[] => (Array.isArray(list) ? list : list ? [list] : []);
const inDc = (e: Entity | undefined, dc: string) => e?.data_center?.id === dc;
const sdInDc = (sd: Entity | undefined, dc: string) => refs(sd?.data_centers?.data_center).some((d) => d.id === dc);

interface Alias {
  /** Segment pattern: `*` any id, other strings literal; `...` at the end means one or more further segments. */
  from: string[];
  /** Builds the canonical segments from the matched ones, or undefined when the child is not under the parent. */
  to(segs: string[], store: Store, method: string): string[] | undefined;
}

const ALIASES: Alias[] = [
  { from: ['datacenters', '*', 'clusters', '*', '...'],
    to: (s, st) => (inDc(st.get('clusters', s[3]), s[1]) ? ['clusters', ...s.slice(3)] : undefined) },
  { from: ['datacenters', '*', 'networks', '*', '...'],
    to: (s, st) => (inDc(st.get('networks', s[3]), s[1]) ? ['networks', ...s.slice(3)] : undefined) },
  // An iSCSI bond's networks and storage connections are those resources themselves (the RSDL's PUT on them).
  { from: ['datacenters', '*', 'iscsibonds', '*', 'networks', '*', '...'],
    to: (s, st) => (inDc(st.get('networks', s[5]), s[1]) ? ['networks', ...s.slice(5)] : undefined) },
  { from: ['datacenters', '*', 'iscsibonds', '*', 'networks', '*'],
    to: (s, st, m) => (m === 'PUT' && inDc(st.get('networks', s[5]), s[1]) ? ['networks', s[5]] : s) },
  { from: ['datacenters', '*', 'iscsibonds', '*', 'storageconnections', '*'],
    to: (s, _st, m) => (m === 'PUT' ? ['storageconnections', s[5]] : s) },
  // BackendDataCenterStorageDomainResource hands out the domain's disks like /storagedomains/{id}/disks.
  { from: ['datacenters', '*', 'storagedomains', '*', 'disks', '...'],
    to: (s, st) => (sdInDc(st.get('storagedomains', s[3]), s[1]) ? s.slice(2) : undefined) },
  { from: ['datacenters', '*', 'storagedomains', '*', 'disks'],
    to: (s, st) => (sdInDc(st.get('storagedomains', s[3]), s[1]) ? s.slice(2) : undefined) },
  { from: ['networks', '*', 'vnicprofiles', '*', 'permissions', '...'],
    to: (s, st) => (st.get('vnicprofiles', s[3])?.network?.id === s[1] ? s.slice(2) : undefined) },
  { from: ['networks', '*', 'vnicprofiles', '*', 'permissions'],
    to: (s, st) => (st.get('vnicprofiles', s[3])?.network?.id === s[1] ? s.slice(2) : undefined) },
  // A storage domain's disk moves and copies like the disk itself (BackendStorageDomainDiskResource → BackendDiskResource).
  { from: ['storagedomains', '*', 'disks', '*', 'copy'], to: (s) => ['disks', s[3], 'copy'] },
  { from: ['storagedomains', '*', 'disks', '*', 'move'], to: (s) => ['disks', s[3], 'move'] },
  // `hosts/{id}/nics/setupnetworks` is the older spelling of the host's setupnetworks action.
  { from: ['hosts', '*', 'nics', 'setupnetworks'], to: (s) => ['hosts', s[1], 'setupnetworks'] },
];

function matches(pattern: string[], segs: string[]): boolean {
  const open = pattern[pattern.length - 1] === '...';
  const fixed = open ? pattern.slice(0, -1) : pattern;
  if (open ? segs.length <= fixed.length : segs.length !== fixed.length) return false;
  return fixed.every((p, i) => p === '*' || p === segs[i]);
}

/**
 * The canonical segments for `segs`, `segs` itself when no alias applies, or undefined for a child not under its
 * parent. Aliases chain: `datacenters/{dc}/networks/{n}/vnicprofiles/{p}/permissions` becomes the network's
 * path, then the profile's.
 */
export function canonicalPath(store: Store, method: string, segs: string[]): string[] | undefined {
  let path: string[] | undefined = segs;
  for (let hop = 0; path && hop < 3; hop++) {
    const current: string[] = path;
    const alias = ALIASES.find((a) => matches(a.from, current));
    if (!alias) break;
    path = alias.to(current, store, method);
    if (path && path.join('/') === current.join('/')) break;
  }
  return path;
}
