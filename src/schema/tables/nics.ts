// Guide §15.6.2, Table 15.5 (virtual machine network interfaces). Create requires name (RSDL
// `POST /vms/{vm:id}/nics`; the guide also names network, which the engine treats as optional).
import type { ResourceTable } from '../types';
import { nameElement } from './common';

const G = 'General';

export const nics: ResourceTable = {
  segment: 'nics',
  element: 'nic',
  label: 'Network Interfaces',
  create: { path: '/vms/{vm:id}/nics' },
  update: '/vms/{vm:id}/nics/{nic:id}',
  elements: [
    nameElement('The name of the interface, e.g. nic1.', { required: true }),
    { path: 'vnic_profile', label: 'Profile', type: 'ref', ref: 'vnicprofiles', group: G, updatable: true, column: true,
      help: 'The vNIC profile, which determines the network.' },
    { path: 'network', label: 'Network', type: 'ref', ref: 'networks', group: G, updatable: true,
      help: 'The network the interface is connected to (a blank network is allowed).' },
    { path: 'interface', label: 'Type', type: 'enum', enumSource: 'nic_interfaces', group: G, updatable: true, column: true,
      help: 'The driver of the NIC, e.g. virtio or e1000.' },
    { path: 'mac.address', label: 'MAC address', type: 'string', group: G, updatable: true, column: true, help: 'The MAC address.' },
    { path: 'linked', label: 'Link state', type: 'boolean', group: G, updatable: true, column: true, help: 'The NIC is linked.' },
    { path: 'plugged', label: 'Card status', type: 'boolean', group: G, updatable: true, column: true, help: 'The NIC is plugged into the VM.' },
    { path: 'port_mirroring.networks.network', label: 'Port mirroring', type: 'list', item: 'id', ref: 'networks', group: G,
      help: 'Networks whose traffic the NIC receives mirrored.' },
  ],
};
