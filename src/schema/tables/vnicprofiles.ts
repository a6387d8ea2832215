// Guide §11.5.1, Table 11.2 (vNIC profiles). Create requires name and network (RSDL `POST /vnicprofiles`).
import type { ResourceTable } from '../types';
import { descriptionElement, nameElement } from './common';
import { PASS_THROUGH_MODES } from './fixedEnums';

export const vnicprofiles: ResourceTable = {
  segment: 'vnicprofiles',
  element: 'vnic_profile',
  label: 'vNIC Profiles',
  create: { path: '/vnicprofiles' },
  update: '/vnicprofiles/{vnicprofile:id}',
  elements: [
    nameElement('The name of the profile.', { required: true }),
    descriptionElement(),
    { path: 'network', label: 'Network', type: 'ref', ref: 'networks', group: 'General', required: true, column: true,
      help: 'The logical network of the profile.' },
    { path: 'port_mirroring', label: 'Port mirroring', type: 'boolean', group: 'General', updatable: true, column: true,
      help: 'Mirror the traffic of the network to NICs using this profile. The default is false.' },
    { path: 'pass_through.mode', label: 'Passthrough', type: 'enum', enumSource: PASS_THROUGH_MODES, group: 'General', updatable: true,
      help: 'Whether NICs with this profile are SR-IOV passthrough devices.' },
    // Names stay free text: vNIC custom properties come from the engine's CustomDeviceProperties configuration,
    // which /capabilities does not list (its custom_properties are the VM ones).
    { path: 'custom_properties.custom_property', label: 'Custom properties', type: 'list', group: 'Custom Properties', updatable: true,
      help: 'Device custom properties passed to VDSM hooks.',
      of: [
        { path: 'name', label: 'Name', type: 'string', required: true, group: 'Custom Properties', help: 'The property name.' },
        { path: 'value', label: 'Value', type: 'string', required: true, group: 'Custom Properties', help: 'The property value.' },
      ] },
  ],
};
