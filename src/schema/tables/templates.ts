// Guide chapter 17, Table 17.1. Create requires name and vm (§17.3.1, RSDL `POST /templates`).
import type { ResourceTable } from '../types';
import { commentElement, descriptionElement, nameElement, statusElement } from './common';
import { consoleElements, customPropertiesElement, systemElements } from './vmShared';
import { ORIGINS } from './fixedEnums';

const G = 'General';

export const templates: ResourceTable = {
  segment: 'templates',
  element: 'template',
  label: 'Templates',
  create: { path: '/templates' },
  update: '/templates/{template:id}',
  elements: [
    nameElement('A user-supplied name for the template.', { required: true }),
    descriptionElement(),
    commentElement(),
    statusElement('template_states', 'illegal, locked or ok.'),
    { path: 'vm', label: 'Virtual machine', type: 'ref', ref: 'vms', group: G, required: true,
      help: 'The virtual machine the template is made from.' },
    { path: 'cluster', label: 'Cluster', type: 'ref', ref: 'clusters', group: G, column: true, help: "The template's host cluster." },
    { path: 'storage_domain', label: 'Storage domain', type: 'ref', ref: 'storagedomains', group: G,
      help: 'Where the template disks are created.' },
    { path: 'version.base_template', label: 'Base template', type: 'ref', ref: 'templates', group: G,
      help: 'Makes the new template a sub version of this template.' },
    { path: 'version.version_name', label: 'Sub version name', type: 'string', group: G, updatable: true,
      help: 'The name of the sub version; the only element updatable on a sub version.' },
    { path: 'version.version_number', label: 'Version', type: 'int', group: G, readOnly: true, column: true, help: 'The sub version number.' },
    { path: 'type', label: 'Optimized for', type: 'enum', enumSource: 'vm_types', group: G, updatable: true,
      help: 'The type of virtual machine the template provides.' },
    { path: 'stateless', label: 'Stateless', type: 'boolean', group: G, updatable: true,
      help: 'A stateless template: state changes do not persist after a reboot.' },
    { path: 'start_paused', label: 'Start in paused mode', type: 'boolean', group: G, updatable: true, help: 'Start virtual machines paused.' },
    { path: 'delete_protected', label: 'Delete protection', type: 'boolean', group: G, updatable: true, help: 'The template cannot be deleted.' },
    { path: 'origin', label: 'Origin', type: 'enum', enumSource: ORIGINS, group: G, updatable: true,
      help: 'The system from which this template originated.' },
    { path: 'creation_time', label: 'Created', type: 'datetime', group: G, readOnly: true, help: 'When the template was created.' },
    ...systemElements('template', ['cpu.mode', 'cpu.topology.threads']),
    { path: 'os.boot', label: 'Boot sequence', type: 'list', item: 'dev', enumSource: 'boot_devices', group: 'Boot Options', updatable: true,
      help: 'The boot devices in order.' },
    { path: 'os.kernel', label: 'Kernel path', type: 'string', group: 'Boot Options', updatable: true, help: 'A kernel image to boot from.' },
    { path: 'os.initrd', label: 'initrd path', type: 'string', group: 'Boot Options', updatable: true, help: 'An initrd image for the kernel.' },
    { path: 'os.cmdline', label: 'Kernel parameters', type: 'string', group: 'Boot Options', updatable: true, help: 'The kernel command line.' },
    ...consoleElements(),
    { path: 'high_availability.enabled', label: 'Highly available', type: 'boolean', group: 'High Availability', updatable: true,
      help: 'Restart virtual machines automatically if the host crashes.' },
    { path: 'high_availability.priority', label: 'Priority', type: 'int', group: 'High Availability', updatable: true,
      help: 'The order in which virtual machines are restarted.' },
    { path: 'memory_policy.guaranteed', label: 'Guaranteed memory', type: 'bytes', unit: 'MiB', group: 'Resource Allocation', updatable: true,
      help: 'The minimum memory a host must guarantee.' },
    { path: 'memory_policy.ballooning', label: 'Memory balloon', type: 'boolean', group: 'Resource Allocation', updatable: true,
      help: 'Enable the memory balloon device.' },
    { path: 'cpu_profile', label: 'CPU profile', type: 'ref', ref: 'cpuprofiles', group: 'Resource Allocation', updatable: true, help: 'The CPU profile.' },
    customPropertiesElement(),
  ],
};
