// guide 12.4.3 (removal: `<storage_domain>` with the host that does it and `format`, required `host` from the RSDL),
// 12.10.3 refreshluns, isattached; and 9.5.1.3 the actions of a domain attached to a data center.
import { flag, ref } from './params';
import type { ActionTable } from './types';

export const storagedomains: ActionTable = {
  segment: 'storagedomains',
  actions: [
    { name: 'refreshluns', label: 'Refresh LUNs', help: 'guide 12.10.3: refresh the LUN sizes of a block storage domain.' },
    { name: 'isattached', label: 'Check attachment', params: [ref('host', 'Host', 'hosts', 'The host that checks the storage.', true)],
      help: 'Whether the domain is attached to a data center, as seen from a host.' },
  ],
  remove: {
    root: 'storage_domain',
    when: ['unattached', 'maintenance', 'inactive', 'unknown'],
    params: [
      ref('host', 'Host', 'hosts', 'The host that removes the domain (guide 12.4.3).', true),
      flag('format', 'Format', 'Wipe the storage content as well (the data cannot be recovered).'),
      flag('destroy', 'Destroy', 'Remove from the engine only, without touching the storage.'),
    ],
  },
};

/** guide 9.5.1.3: a domain attached to a data center (`/datacenters/{dc}/storagedomains/{sd}`); DELETE detaches it. */
export const attachedStorageDomains: ActionTable = {
  segment: 'datacenters/storagedomains',
  actions: [
    { name: 'activate', label: 'Activate', when: ['maintenance', 'inactive', 'unknown'], bulk: true,
      help: 'guide 9.5.1.3.1: activate the domain in the data center.' },
    { name: 'deactivate', label: 'Maintenance', when: ['active'], bulk: true,
      help: 'guide 9.5.1.3.2: move the domain to maintenance in the data center.' },
  ],
  remove: { when: ['maintenance', 'inactive', 'unattached'] },
};
