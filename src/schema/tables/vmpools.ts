// Guide chapter 18, Table 18.1. Create requires name, cluster and template (§18.3.1, RSDL `POST /vmpools`).
import type { ResourceTable } from '../types';
import { commentElement, descriptionElement, nameElement } from './common';

const G = 'General';

export const vmpools: ResourceTable = {
  segment: 'vmpools',
  element: 'vmpool',
  label: 'Pools',
  create: { path: '/vmpools' },
  update: '/vmpools/{vmpool:id}',
  elements: [
    nameElement('A user-supplied name for the pool, unique across pools.', { required: true }),
    descriptionElement(),
    commentElement(),
    { path: 'cluster', label: 'Cluster', type: 'ref', ref: 'clusters', group: G, required: true, column: true,
      help: 'The cluster in which the virtual machines of the pool run.' },
    { path: 'template', label: 'Template', type: 'ref', ref: 'templates', group: G, required: true, column: true,
      help: 'The template on which the virtual machines of the pool are based.' },
    { path: 'size', label: 'Number of VMs', type: 'int', group: G, updatable: true, column: true, help: 'The number of virtual machines in the pool.' },
    { path: 'prestarted_vms', label: 'Prestarted VMs', type: 'int', group: G, updatable: true,
      help: 'The number of prestarted virtual machines in the pool.' },
    { path: 'max_user_vms', label: 'Max VMs per user', type: 'int', min: 1, group: G, updatable: true,
      help: 'The maximum number of virtual machines one user can take from the pool.' },
    { path: 'type', label: 'Pool type', type: 'enum', enumSource: 'vm_pool_types', group: G, help: 'automatic or manual.' },
    { path: 'use_latest_template_version', label: 'Use latest template version', type: 'boolean', group: G, updatable: true,
      help: 'Recreate virtual machines from the latest template version.' },
    { path: 'soundcard_enabled', label: 'Sound card', type: 'boolean', group: G, help: 'Add a sound card to the virtual machines.' },
    { path: 'display.proxy', label: 'SPICE proxy', type: 'string', group: 'Console', updatable: true, help: 'The SPICE proxy address.' },
  ],
};
