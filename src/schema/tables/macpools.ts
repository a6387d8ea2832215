// Guide chapter 23, Table 23.1. Create requires name and ranges (§23.3.1); updating ranges resends the full list.
import type { ResourceTable } from '../types';
import { descriptionElement, nameElement } from './common';

const G = 'General';

export const macpools: ResourceTable = {
  segment: 'macpools',
  element: 'mac_pool',
  label: 'MAC Address Pools',
  create: { path: '/macpools' },
  update: '/macpools/{macpool:id}',
  elements: [
    nameElement('A plain text, human-readable name for the MAC address pool.', { required: true }),
    descriptionElement('A plain text, human-readable description of the MAC address pool.'),
    { path: 'allow_duplicates', label: 'Allow duplicates', type: 'boolean', group: G, updatable: true, column: true,
      help: 'Whether duplicate MAC addresses are permitted in the pool; default false.' },
    { path: 'default_pool', label: 'Default pool', type: 'boolean', group: G, updatable: true, column: true,
      help: 'Whether this is the default pool; default false.' },
    { path: 'ranges.range', label: 'Ranges', type: 'list', group: G, required: true, updatable: true,
      help: 'The ranges of MAC addresses in the pool.',
      of: [
        { path: 'from', label: 'From', type: 'string', required: true, group: G, help: 'First MAC address of the range.' },
        { path: 'to', label: 'To', type: 'string', required: true, group: G, help: 'Last MAC address of the range.' },
      ] },
  ],
};
