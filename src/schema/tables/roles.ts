// Guide chapter 21, Table 21.1. Create requires name and initial permits (RSDL; the guide also names
// administrative). Built-in roles (mutable false) cannot be changed or deleted.
import type { ResourceTable } from '../types';
import { descriptionElement, nameElement } from './common';

export const roles: ResourceTable = {
  segment: 'roles',
  element: 'role',
  label: 'Roles',
  create: { path: '/roles' },
  update: '/roles/{role:id}',
  elements: [
    nameElement('The name of the role.', { required: true }),
    descriptionElement(),
    { path: 'administrative', label: 'Administrative', type: 'boolean', group: 'General', updatable: true, column: true,
      help: 'Defines the role as administrative-only.' },
    { path: 'mutable', label: 'Mutable', type: 'boolean', group: 'General', readOnly: true, column: true,
      help: 'Whether the role can be updated or deleted; built-in roles are not mutable.' },
    { path: 'permits.permit', label: 'Permits', type: 'list', item: 'id', enumSource: 'permits', group: 'Permits', required: true, updatable: true,
      help: 'The actions the role allows; the permits are listed in capabilities.' },
  ],
};
