// `Storage:` (storage domains) and `Disks:` search fields. Storage sizes are searched in GB; disk
// searches use `alias` for the name (guide 15.6.1: "require the alias search parameter instead of name").
import type { Entity } from '../../types';
import { basics, bool, date, enumOf, inGiB, num, str, type CollectionSearch } from '../fieldTypes';
import { DISK_STATES, STORAGE_DOMAIN_STATES } from './enums';

const dcRefs = (sd: Entity): { id: string }[] => {
  const list = sd.data_centers?.data_center ?? (sd.data_center ? [sd.data_center] : []);
  return Array.isArray(list) ? list : [list];
};

export const storageDomainsSearch: CollectionSearch = {
  names: ['storage', 'storages', 'storagedomains', 'storagedomain'],
  freeText: ['name', 'description', 'comment'],
  defaultSort: { field: 'name', desc: false },
  fields: {
    ...basics(),
    status: enumOf(STORAGE_DOMAIN_STATES, (e) => e.status?.state),
    datacenter: str((e, look) => dcRefs(e).map((r) => look.name('datacenters', r))),
    // The engine's `type` is the storage type (nfs, iscsi, ...); the domain type (data, iso, export) matches too.
    type: str((e) => [e.storage?.type, e.type]),
    size: num((e) => inGiB(e.available)),
    used: num((e) => inGiB(e.used)),
    committed: num((e) => inGiB(e.committed)),
    wipe_after_delete: bool((e) => e.wipe_after_delete),
  },
  relations: {
    datacenters: (sd, look) => dcRefs(sd).map((r) => look.get('datacenters', r.id)).filter((d): d is Entity => !!d),
  },
};

const diskSize = (e: Entity) => inGiB(e.provisioned_size ?? e.size);

export const disksSearch: CollectionSearch = {
  names: ['disks', 'disk'],
  freeText: ['alias', 'description'],
  defaultSort: { field: 'alias', desc: false },
  fields: {
    id: str((e) => e.id),
    alias: str((e) => e.alias ?? e.name),
    name: str((e) => e.alias ?? e.name),
    description: str((e) => e.description),
    size: num(diskSize),
    provisioned_size: num(diskSize),
    actual_size: num((e) => inGiB(e.actual_size)),
    creation_date: date((e) => e.creation_time ?? e.creation_date),
    bootable: bool((e) => e.bootable),
    shareable: bool((e) => e.shareable),
    status: enumOf(DISK_STATES, (e) => e.status?.state),
    disk_type: str((e) => e.storage_type),
    format: str((e) => e.format),
    // `Disks: datacenter = X` (the engine's search backend joins disks to their storage pool): the data
    // centers of the storage domains the disk lives on.
    datacenter: str((e, look) => diskDomains(e).flatMap((r) => dcRefs(look.get('storagedomains', r.id) ?? { id: '' }))
      .map((r) => look.name('datacenters', r))),
  },
};

function diskDomains(disk: Entity): { id: string }[] {
  const list = disk.storage_domains?.storage_domain ?? (disk.storage_domain ? [disk.storage_domain] : []);
  return Array.isArray(list) ? list : [list];
}
