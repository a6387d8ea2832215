// Guide chapter 11, Table 11.1. Create requires name and data center (§11.4.1, RSDL `POST /networks`).
import type { ResourceTable } from '../types';
import { commentElement, descriptionElement, nameElement, statusElement } from './common';

export const networks: ResourceTable = {
  segment: 'networks',
  element: 'network',
  label: 'Networks',
  create: { path: '/networks' },
  update: '/networks/{network:id}',
  elements: [
    nameElement('A user-supplied name for the logical network.', { required: true }),
    descriptionElement(),
    commentElement(),
    statusElement('network_states', 'operational or non_operational.'),
    { path: 'data_center', label: 'Data center', type: 'ref', ref: 'datacenters', group: 'General', required: true, column: true,
      help: 'The data center the network belongs to.' },
    { path: 'vlan.id', label: 'VLAN tag', type: 'int', max: 4094, group: 'General', updatable: true, column: true,
      help: 'The VLAN tag of the network.' },
    { path: 'stp', label: 'STP', type: 'boolean', group: 'General', updatable: true, help: 'Use the spanning tree protocol.' },
    { path: 'mtu', label: 'MTU', type: 'int', group: 'General', updatable: true, help: 'The maximum transmission unit; the default is used if omitted.' },
    { path: 'display', label: 'Display network', type: 'boolean', group: 'General', updatable: true, help: 'Carry display (console) traffic.' },
    { path: 'usages.usage', label: 'Usages', type: 'list', enumSource: 'usages', group: 'General',
      help: 'What the network carries, e.g. vm (virtual machine traffic) or display.' },
    { path: 'profile_required', label: 'Profile required', type: 'boolean', group: 'General',
      help: 'Virtual NICs must use a vNIC profile of this network.' },
    { path: 'ip.address', label: 'IP address', type: 'string', group: 'IP', updatable: true, help: 'The network IP address.' },
    { path: 'ip.netmask', label: 'Netmask', type: 'string', group: 'IP', updatable: true, help: 'The network mask.' },
    { path: 'ip.gateway', label: 'Gateway', type: 'string', group: 'IP', updatable: true, help: 'The gateway.' },
  ],
};
