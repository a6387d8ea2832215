// `Events:` search fields (the engine's audit log condition fields; guide 25.4.1 `type=30`,
// `severity>normal`, 25.4.2 `sortby time asc`). The engine lists events newest first (by id).
import type { Entity } from '../../types';
import { date, enumOf, num, str, type CollectionSearch } from '../fieldTypes';
import type { Lookups } from '../lookups';
import { EVENT_SEVERITIES } from './enums';

const ref = (segment: string, key: string) => (ev: Entity, look: Lookups) =>
  [look.get(segment, ev[key]?.id)].filter((x): x is Entity => !!x);

export const eventsSearch: CollectionSearch = {
  names: ['events', 'event'],
  freeText: ['message'],
  defaultSort: { field: 'id', desc: true },
  fields: {
    id: num((e) => Number(e.id)),
    type: num((e) => e.code),
    severity: enumOf(EVENT_SEVERITIES, (e) => e.severity, { ordered: true }),
    message: str((e) => e.description),
    description: str((e) => e.description),
    time: date((e) => e.time),
    usrname: str((e, look) => look.get('users', e.user?.id)?.user_name),
    event_host: str((e, look) => look.name('hosts', e.host)),
    event_vm: str((e, look) => look.name('vms', e.vm)),
    event_template: str((e, look) => look.name('templates', e.template)),
    event_storage: str((e, look) => look.name('storagedomains', e.storage_domain)),
    event_datacenter: str((e, look) => look.name('datacenters', e.data_center)),
    correlation_id: str((e) => e.correlation_id),
    origin: str((e) => e.origin),
    custom_event_id: num((e) => e.custom_id),
  },
  relations: {
    vms: ref('vms', 'vm'),
    hosts: ref('hosts', 'host'),
    users: ref('users', 'user'),
    templates: ref('templates', 'template'),
    clusters: ref('clusters', 'cluster'),
    datacenters: ref('datacenters', 'data_center'),
    storagedomains: ref('storagedomains', 'storage_domain'),
  },
};
