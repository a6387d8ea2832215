// `Clusters:`, `DataCenter:` and `Networks:` search fields.
import type { Entity } from '../../types';
import { basics, bool, enumOf, num, str, type CollectionSearch } from '../fieldTypes';
import { DATA_CENTER_STATES } from './enums';

const versionOf = (v: { major?: number; minor?: number } | undefined) =>
  v && v.major !== undefined ? `${v.major}.${v.minor ?? 0}` : undefined;
const dataCenterName = str((e, look) => look.name('datacenters', e.data_center));

export const clustersSearch: CollectionSearch = {
  names: ['clusters', 'cluster'],
  freeText: ['name', 'description', 'comment'],
  defaultSort: { field: 'name', desc: false },
  fields: {
    ...basics(),
    datacenter: dataCenterName,
    architecture: str((e) => e.cpu?.architecture),
    compatibility_version: str((e) => versionOf(e.version)),
  },
  relations: {
    datacenters: (c, look) => [look.get('datacenters', c.data_center?.id)].filter((d): d is Entity => !!d),
    hosts: (c, look) => look.referencing('hosts', 'cluster').get(c.id) ?? [],
    vms: (c, look) => look.referencing('vms', 'cluster').get(c.id) ?? [],
  },
};

export const dataCentersSearch: CollectionSearch = {
  names: ['datacenters', 'datacenter'],
  freeText: ['name', 'description', 'comment'],
  defaultSort: { field: 'name', desc: false },
  fields: {
    ...basics(),
    status: enumOf(DATA_CENTER_STATES, (e) => e.status?.state),
    type: str((e) => (e.local === true ? 'local' : 'shared')),
    compatibility_version: str((e) => versionOf(e.version)),
  },
  relations: {
    clusters: (dc, look) => look.referencing('clusters', 'data_center').get(dc.id) ?? [],
  },
};

export const networksSearch: CollectionSearch = {
  names: ['networks', 'network'],
  freeText: ['name', 'description', 'comment'],
  defaultSort: { field: 'name', desc: false },
  fields: {
    ...basics(),
    datacenter: dataCenterName,
    vlanid: num((e) => e.vlan?.id),
    mtu: num((e) => e.mtu),
    stp: bool((e) => e.stp),
    vmnetwork: bool((e) => (Array.isArray(e.usages?.usage) ? e.usages.usage.includes('vm') : undefined)),
  },
};
