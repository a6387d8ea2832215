// Guide §15.6.4, Table 15.9. A virtual machine has one CD-ROM; PUT with a file id changes the disc and an empty
// id ejects it (`;current=true` for this run only).
import type { ResourceTable } from '../types';

export const cdroms: ResourceTable = {
  segment: 'cdroms',
  element: 'cdrom',
  label: 'CD-ROMs',
  create: { path: '/vms/{vm:id}/cdroms' },
  update: '/vms/{vm:id}/cdroms/{cdrom:id}',
  elements: [
    { path: 'file.id', label: 'ISO image', type: 'string', group: 'General', required: true, updatable: true, column: true,
      help: 'A reference to an ISO image from an ISO domain; empty to eject.' },
  ],
};
