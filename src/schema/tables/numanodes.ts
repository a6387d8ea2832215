// Guide §15.6.3, Table 15.8 (virtual NUMA nodes; root element vm_numa_node). Create requires index, memory
// (in MB, unlike VM memory) and cpu cores. PUT pins the node to host NUMA nodes.
import type { ResourceTable } from '../types';

const G = 'General';

export const numanodes: ResourceTable = {
  segment: 'numanodes',
  element: 'vm_numa_node',
  label: 'Virtual NUMA Nodes',
  create: { path: '/vms/{vm:id}/numanodes' },
  update: '/vms/{vm:id}/numanodes/{numanode:id}',
  elements: [
    { path: 'index', label: 'Index', type: 'int', group: G, required: true, updatable: true, column: true,
      help: 'The index number of the virtual NUMA node.' },
    { path: 'memory', label: 'Memory', type: 'int', unit: 'MiB', min: 1, group: G, required: true, updatable: true, column: true,
      help: 'The memory of the virtual NUMA node, in MB.' },
    { path: 'cpu.cores.core', label: 'vCPUs', type: 'list', item: 'index', itemType: 'int', group: G, required: true, updatable: true, column: true,
      help: 'The virtual CPU cores of the node, by index.' },
    { path: 'numa_node_pins.numa_node_pin', label: 'Pinned to host nodes', type: 'list', group: G, updatable: true,
      help: 'Pins the virtual node to host NUMA nodes by index.',
      of: [
        { path: 'index', label: 'Host node index', type: 'int', required: true, group: G, help: 'The host NUMA node index.' },
        { path: 'pinned', label: 'Pinned', type: 'boolean', group: G, help: 'Pinned.' },
      ] },
  ],
};
