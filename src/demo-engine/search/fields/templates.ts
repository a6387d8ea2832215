// `Templates:`, `Instancetypes:` and `Pools:` search fields. Template memory (`mem`) is searched in MB.
import type { Entity } from '../../types';
import { basics, clusterName, dataCenterOfCluster, date, enumOf, inMiB, num, str, tagsOf, type CollectionSearch } from '../fieldTypes';
import type { Lookups } from '../lookups';
import { TEMPLATE_STATES } from './enums';

const vmsFrom = (t: Entity, look: Lookups) =>
  look.referencing('vms', 'template').get(t.id) ?? [];

export const templatesSearch: CollectionSearch = {
  names: ['templates', 'template'],
  freeText: ['name', 'description', 'comment'],
  defaultSort: { field: 'name', desc: false },
  fields: {
    ...basics(),
    os: str((e) => e.os?.type),
    creationdate: date((e) => e.creation_time),
    childcount: num((e, look) => vmsFrom(e, look).length),
    mem: num((e) => inMiB(e.memory)),
    status: enumOf(TEMPLATE_STATES, (e) => e.status?.state),
    cluster: clusterName,
    datacenter: dataCenterOfCluster,
    tag: tagsOf('templates'),
  },
  relations: { vms: vmsFrom },
};

export const instanceTypesSearch: CollectionSearch = {
  names: ['instancetypes', 'instancetype'],
  freeText: ['name', 'description'],
  defaultSort: { field: 'name', desc: false },
  fields: {
    ...basics(),
    mem: num((e) => inMiB(e.memory)),
    memory: num((e) => inMiB(e.memory)),
  },
};

export const vmPoolsSearch: CollectionSearch = {
  names: ['pools', 'pool', 'vmpools', 'vmpool'],
  freeText: ['name', 'description', 'comment'],
  defaultSort: { field: 'name', desc: false },
  fields: {
    ...basics(),
    type: str((e) => e.type),
    cluster: clusterName,
    datacenter: dataCenterOfCluster,
  },
  relations: {
    vms: (p, look) => look.referencing('vms', 'vmpool').get(p.id) ?? [],
  },
};
