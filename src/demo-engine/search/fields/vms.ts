// `Vms:` search fields (the engine's VM condition fields; guide 7.3.7 examples `name=vm1`,
// `users.name=mary`, `domain=qa.company.com`, 24.3.3 `tag=Finance`). Memory is searched in MB.
import type { Entity } from '../../types';
import { basics, clusterName, dataCenterOfCluster, date, enumOf, inMiB, num, str, tagsOf, type CollectionSearch } from '../fieldTypes';
import type { Lookups } from '../lookups';
import { VM_STATES } from './enums';
import { userNames } from './access';

const ips = (vm: Entity): string[] => {
  const list = vm.guest_info?.ips?.ip;
  return Array.isArray(list) ? list.map((ip: { address?: string }) => ip.address ?? '').filter(Boolean) : [];
};
const usersOf = (vm: Entity, look: Lookups) => look.usersByVm().get(vm.id) ?? [];

export const vmsSearch: CollectionSearch = {
  names: ['vms', 'vm'],
  freeText: ['name', 'description', 'comment'],
  defaultSort: { field: 'name', desc: false },
  fields: {
    ...basics(),
    status: enumOf(VM_STATES, (e) => e.status?.state, { aliases: { migratingfrom: 'migrating', migratingto: 'migrating' } }),
    host: str((e, look) => look.name('hosts', e.host)),
    cluster: clusterName,
    datacenter: dataCenterOfCluster,
    template: str((e, look) => look.name('templates', e.template)),
    pool: str((e, look) => look.name('vmpools', e.vmpool)),
    os: str((e) => e.os?.type),
    type: enumOf(['server', 'desktop', 'high_performance'], (e) => e.type),
    memory: num((e) => inMiB(e.memory)),
    creationdate: date((e) => e.creation_time),
    tag: tagsOf('vms'),
    ip: str((e) => ips(e)),
    address: str((e) => e.fqdn),
    domain: str((e) => e.domain?.name),
    user: str((e, look) => usersOf(e, look).flatMap(userNames)),
  },
  relations: {
    hosts: (vm, look) => (vm.host?.id ? [look.get('hosts', vm.host.id)].filter((h): h is Entity => !!h) : []),
    templates: (vm, look) => [look.get('templates', vm.template?.id)].filter((t): t is Entity => !!t),
    users: usersOf,
    events: (vm, look) => look.referencing('events', 'vm').get(vm.id) ?? [],
  },
};
