// Guide §15.6.5, Table 15.10. Snapshots cannot be modified with PUT; create requires a description.
import type { ResourceTable } from '../types';
import { descriptionElement } from './common';

const G = 'General';

export const snapshots: ResourceTable = {
  segment: 'snapshots',
  element: 'snapshot',
  label: 'Snapshots',
  create: { path: '/vms/{vm:id}/snapshots' },
  elements: [
    descriptionElement('A description of the snapshot.', { required: true, updatable: undefined }),
    { path: 'persist_memorystate', label: 'Save memory', type: 'boolean', group: G, column: true,
      help: 'Include the memory state of the virtual machine at the time of the snapshot.' },
    { path: 'date', label: 'Date', type: 'datetime', group: G, readOnly: true, column: true, help: 'When the snapshot was created.' },
    { path: 'type', label: 'Type', type: 'string', group: G, readOnly: true, column: true, help: 'The type of the snapshot, e.g. active or regular.' },
    { path: 'snapshot_status', label: 'Status', type: 'enum', enumSource: 'snapshot_statuses', group: G, readOnly: true, column: true,
      help: 'The current status of the snapshot, e.g. ok.' },
  ],
};
