// Guide §21.4: a role's permits sub-collection. A permit is assigned by id (or name) from capabilities.
import type { ResourceTable } from '../types';

export const permits: ResourceTable = {
  segment: 'permits',
  element: 'permit',
  label: 'Permits',
  create: { path: '/roles/{role:id}/permits' },
  elements: [
    { path: 'id', label: 'Permit', type: 'enum', enumSource: 'permits', group: 'General', required: true,
      help: 'The permit to assign, from the permits listed in capabilities.' },
    { path: 'name', label: 'Name', type: 'string', group: 'General', readOnly: true, column: true, help: 'The permit name, e.g. create_vm.' },
    { path: 'administrative', label: 'Administrative', type: 'boolean', group: 'General', readOnly: true, column: true,
      help: 'The permit is administrative.' },
  ],
};
