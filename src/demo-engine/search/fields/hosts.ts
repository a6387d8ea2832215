// `Hosts:` search fields (the engine's host condition fields; guide 7.3.7 `hosts: vms.status=up`).
// Memory is searched in MB.
import type { Entity } from '../../types';
import { basics, bool, clusterName, dataCenterOfCluster, enumOf, inMiB, num, str, tagsOf, type CollectionSearch } from '../fieldTypes';
import type { Lookups } from '../lookups';
import { HOST_STATES } from './enums';

const vmsOn = (host: Entity, look: Lookups) => look.referencing('vms', 'host').get(host.id) ?? [];
const topology = (e: Entity) => e.cpu?.topology;

export const hostsSearch: CollectionSearch = {
  names: ['hosts', 'host'],
  freeText: ['name', 'description', 'comment'],
  defaultSort: { field: 'name', desc: false },
  fields: {
    ...basics(),
    status: enumOf(HOST_STATES, (e) => e.status?.state),
    cluster: clusterName,
    datacenter: dataCenterOfCluster,
    address: str((e) => e.address),
    memory: num((e) => inMiB(e.memory)),
    cpus: num((e) => (topology(e) ? (topology(e).sockets ?? 1) * (topology(e).cores ?? 1) : undefined)),
    cpu_model: str((e) => e.cpu?.name),
    cpu_speed: num((e) => e.cpu?.speed),
    version: str((e) => e.version?.full_version),
    type: str((e) => e.type),
    active_vms: num((e, look) => vmsOn(e, look).length),
    update_available: bool((e) => e.update_available),
    tag: tagsOf('hosts'),
  },
  relations: {
    vms: vmsOn,
    events: (host, look) => look.referencing('events', 'host').get(host.id) ?? [],
  },
};
