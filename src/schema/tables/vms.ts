// Guide chapter 15, Table 15.1 (virtual machine elements). Create requires name, template and cluster (§15.5.1,
// RSDL `POST /vms`); the updatable list is §15.5.2 plus what the RSDL accepts on `PUT /vms/{vm:id}`.
import type { ElementDef, ResourceTable } from '../types';
import { commentElement, descriptionElement, nameElement, statusElement } from './common';
import { consoleElements, customPropertiesElement, systemElements } from './vmShared';
import { NUMA_TUNE_MODES, ORIGINS } from './fixedEnums';

const general: ElementDef[] = [
  nameElement('A user-supplied name for the virtual machine, unique across virtual machines.', { required: true }),
  descriptionElement('A user-supplied description of the virtual machine.'),
  commentElement(),
  statusElement('vm_states', 'The virtual machine status; values are listed in vm_states under capabilities.'),
  { path: 'cluster', label: 'Cluster', type: 'ref', ref: 'clusters', group: 'General', required: true, updatable: true, column: true,
    help: "A reference to the virtual machine's host cluster." },
  { path: 'template', label: 'Template', type: 'ref', ref: 'templates', group: 'General', required: true,
    help: 'A reference to the template on which this virtual machine is based.' },
  // guide 15.6.1.2: `<disks><clone>true</clone></disks>` copies the template's disks instead of thin-linking them.
  { path: 'disks.clone', label: 'Clone template disks', type: 'boolean', group: 'General',
    help: 'Clone the disks of the base template and attach the copies, so the virtual machine does not depend on the template.' },
  { path: 'permissions.clone', label: 'Copy template permissions', type: 'boolean', group: 'General',
    help: 'Give the new virtual machine the permissions of its template.' },
  // guide 15.6.5.2: a VM cloned from a snapshot of another VM (the RSDL's second create alternative).
  { path: 'snapshots.snapshot', label: 'Source snapshot', type: 'list', item: 'id', ref: 'snapshots', group: 'General',
    help: 'Create the virtual machine from this snapshot of another virtual machine; the original keeps all its snapshots.' },
  { path: 'instance_type', label: 'Instance type', type: 'ref', ref: 'instancetypes', group: 'General',
    help: 'Take the hardware configuration (memory, CPUs) from this instance type.' },
  { path: 'type', label: 'Optimized for', type: 'enum', enumSource: 'vm_types', group: 'General', updatable: true,
    help: 'The virtual machine type. A list of enumerated values is available in capabilities.' },
  { path: 'stateless', label: 'Stateless', type: 'boolean', group: 'General', updatable: true,
    help: 'A stateless virtual machine contains a snapshot of its disk image taken at boot and deleted at shutdown: changes do not persist after a reboot.' },
  { path: 'start_paused', label: 'Start in paused mode', type: 'boolean', group: 'General', updatable: true,
    help: 'Start the virtual machine paused.' },
  { path: 'delete_protected', label: 'Delete protection', type: 'boolean', group: 'General', updatable: true,
    help: 'If set to true, the virtual machine cannot be deleted.' },
  { path: 'use_latest_template_version', label: 'Use latest template version', type: 'boolean', group: 'General', updatable: true,
    help: 'Recreate the virtual machine from the latest version of its template when stateless.' },
  { path: 'origin', label: 'Origin', type: 'enum', enumSource: ORIGINS, group: 'General', updatable: true,
    help: 'The system from which this virtual machine originated.' },
  { path: 'host', label: 'Host', type: 'ref', ref: 'hosts', group: 'General', readOnly: true, column: true,
    help: 'The host the virtual machine runs on.' },
  { path: 'vmpool', label: 'Pool', type: 'ref', ref: 'vmpools', group: 'General', readOnly: true,
    help: 'A reference to the virtual machine pool; only for virtual machines that are part of a pool.' },
  { path: 'guest_info.fqdn', label: 'Guest FQDN', type: 'string', group: 'General', readOnly: true,
    help: 'The fully qualified domain name the guest agent reports.' },
  { path: 'creation_time', label: 'Created', type: 'datetime', group: 'General', readOnly: true,
    help: 'The date and time at which this virtual machine was created.' },
  { path: 'start_time', label: 'Started', type: 'datetime', group: 'General', readOnly: true,
    help: 'The date and time at which this virtual machine was started.' },
  { path: 'stop_time', label: 'Stopped', type: 'datetime', group: 'General', readOnly: true,
    help: 'The date and time at which this virtual machine was stopped.' },
  { path: 'stop_reason', label: 'Stop reason', type: 'string', group: 'General', readOnly: true,
    help: 'The reason the virtual machine was stopped.' },
  { path: 'next_run_configuration_exists', label: 'Pending changes', type: 'boolean', group: 'General', readOnly: true,
    help: "True if changes to the virtual machine's configuration will be applied when it is next restarted." },
];

const host: ElementDef[] = [
  { path: 'placement_policy.affinity', label: 'Migration mode', type: 'enum', enumSource: 'vm_affinities', group: 'Host', updatable: true,
    help: 'The placement policy for migration: migratable, user_migratable or pinned.' },
  { path: 'placement_policy.host', label: 'Preferred host', type: 'ref', ref: 'hosts', group: 'Host', updatable: true,
    help: 'The default host; leave empty to set no preferred host.' },
  { path: 'tunnel_migration', label: 'Tunnel migration', type: 'boolean', group: 'Host', updatable: true,
    help: 'Tunnel the migration through libvirt.' },
  { path: 'migration_downtime', label: 'Migration downtime', type: 'int', unit: 'milliseconds', min: -1, group: 'Host', updatable: true,
    help: 'The maximum number of milliseconds the virtual machine can be down during live migration; 0 or -1 uses the VDSM default.' },
  { path: 'migration.auto_converge', label: 'Auto converge migrations', type: 'enum', enumSource: 'inheritable_booleans', group: 'Host', updatable: true,
    help: 'Whether migrations auto-converge (true, false or inherit from the cluster).' },
  { path: 'migration.compressed', label: 'Compress migrations', type: 'enum', enumSource: 'inheritable_booleans', group: 'Host', updatable: true,
    help: 'Whether migration traffic is compressed (true, false or inherit from the cluster).' },
  { path: 'cpu.cpu_tune.vcpu_pin', label: 'CPU pinning', type: 'list', group: 'Host', updatable: true,
    help: 'Maps virtual CPUs to host CPUs; cpu_set is a single CPU (0), several (0,2), a range (0-3) or a range with exclusion (0-3,^2).',
    of: [
      { path: 'vcpu', label: 'vCPU', type: 'int', required: true, group: 'Host', help: 'The virtual CPU index.' },
      { path: 'cpu_set', label: 'Host CPUs', type: 'string', required: true, group: 'Host', help: 'The host CPUs, e.g. 0-3,^2.' },
    ] },
  { path: 'numa_tune_mode', label: 'NUMA tune mode', type: 'enum', enumSource: NUMA_TUNE_MODES, group: 'Host', updatable: true,
    help: 'The mode of memory allocation of the host NUMA node: interleave, strict or preferred.' },
];

const ha: ElementDef[] = [
  { path: 'high_availability.enabled', label: 'Highly available', type: 'boolean', group: 'High Availability', updatable: true,
    help: 'Restart the virtual machine automatically if it or its host crashes.' },
  { path: 'high_availability.priority', label: 'Priority', type: 'int', group: 'High Availability', updatable: true,
    help: 'Controls the order in which virtual machines are restarted.' },
];

const resources: ElementDef[] = [
  { path: 'memory_policy.guaranteed', label: 'Guaranteed memory', type: 'bytes', unit: 'MiB', group: 'Resource Allocation', updatable: true,
    help: 'The minimum amount of memory a host must guarantee for the virtual machine to run.' },
  { path: 'memory_policy.ballooning', label: 'Memory balloon', type: 'boolean', group: 'Resource Allocation', updatable: true,
    help: 'Enable the memory balloon device.' },
  { path: 'cpu_profile', label: 'CPU profile', type: 'ref', ref: 'cpuprofiles', group: 'Resource Allocation', updatable: true,
    help: "A reference to the virtual machine's CPU profile." },
  { path: 'cpu_shares', label: 'CPU shares', type: 'int', group: 'Resource Allocation', updatable: true,
    help: 'The relative share of host CPU time.' },
  { path: 'io.threads', label: 'I/O threads', type: 'int', group: 'Resource Allocation', updatable: true,
    help: 'The number of I/O threads.' },
  { path: 'quota', label: 'Quota', type: 'ref', ref: 'quotas', group: 'Resource Allocation',
    help: 'Sets a quota for the virtual machine.' },
  { path: 'rng_device.source', label: 'Random generator source', type: 'enum', enumSource: 'rng_sources', group: 'Resource Allocation', updatable: true,
    help: 'The source of the virtual random number generator.' },
];

const boot: ElementDef[] = [
  { path: 'os.boot', label: 'Boot sequence', type: 'list', item: 'dev', enumSource: 'boot_devices', group: 'Boot Options', updatable: true,
    help: 'The boot devices in order, each a dev attribute on a boot element. Values are available in capabilities.' },
  { path: 'bios.boot_menu.enabled', label: 'Boot menu', type: 'boolean', group: 'Boot Options', updatable: true,
    help: 'Show the BIOS boot menu.' },
  { path: 'os.kernel', label: 'Kernel path', type: 'string', group: 'Boot Options', updatable: true,
    help: 'A path to a kernel image to boot directly rather than through the BIOS bootloader.' },
  { path: 'os.initrd', label: 'initrd path', type: 'string', group: 'Boot Options', updatable: true,
    help: 'A path to an initrd image to be used with the kernel.' },
  { path: 'os.cmdline', label: 'Kernel parameters', type: 'string', group: 'Boot Options', updatable: true,
    help: 'A kernel command line parameter string to be used with the kernel.' },
];

// Table 15.1 `initialization`: "values applied to the virtual machine on boot using Cloud-Init for Linux-based
// virtual machines, or Sysprep for Windows-based virtual machines". The guide lists each method's elements; the
// form asks which method (defaulting from the OS type) and shows and sends only that method's elements.
const I = 'Initialization';
const CLOUD_INIT = { path: 'initialization.method', in: ['cloud-init'] } as const;
const SYSPREP = { path: 'initialization.method', in: ['sysprep'] } as const;
const BOTH = { path: 'initialization.method', in: ['cloud-init', 'sysprep'] } as const;

const initialization: ElementDef[] = [
  { path: 'initialization.method', label: 'Initialization method', type: 'enum', enumSource: ['cloud-init', 'sysprep'], group: I, local: true,
    emptyLabel: 'None', follows: { path: 'os.type', map: [['^windows', 'sysprep']], otherwise: 'cloud-init' },
    help: 'Sysprep for Windows guests, cloud-init for the others; it follows the operating system until you choose. Only this method\'s settings are sent.' },
  { path: 'initialization.host_name', label: 'VM hostname', type: 'string', group: I, visibleWhen: BOTH, help: 'The host name of the virtual machine.' },
  { path: 'initialization.domain', label: 'Domain', type: 'string', group: I, visibleWhen: BOTH, help: 'The domain of which the virtual machine is a member.' },
  { path: 'initialization.timezone', label: 'Time zone', type: 'string', group: I, visibleWhen: BOTH, help: 'The time zone for the virtual machine, e.g. Etc/GMT.' },
  { path: 'initialization.user_name', label: 'User name', type: 'string', group: I, visibleWhen: CLOUD_INIT, help: 'The user name for the virtual machine.' },
  { path: 'initialization.root_password', label: 'Password', type: 'password', group: I, visibleWhen: BOTH,
    help: 'cloud-init: the password of the user, or of root if no user is given. Sysprep: the password of the administrator.' },
  { path: 'initialization.authorized_ssh_keys', label: 'SSH authorized keys', type: 'text', group: I, visibleWhen: BOTH,
    help: 'SSH keys to add to the authorized keys file, one per line.' },
  { path: 'initialization.regenerate_ssh_keys', label: 'Regenerate SSH keys', type: 'boolean', group: I, visibleWhen: BOTH,
    help: 'Whether to regenerate the SSH keys of the virtual machine.' },
  { path: 'initialization.dns_servers', label: 'DNS servers', type: 'string', group: I, visibleWhen: CLOUD_INIT, help: 'A space-separated list of DNS servers.' },
  { path: 'initialization.dns_search', label: 'DNS search domains', type: 'string', group: I, visibleWhen: CLOUD_INIT, help: 'A space-separated list of DNS search domains.' },
  { path: 'initialization.nic_configurations.nic_configuration', label: 'Network interfaces', type: 'list', group: I, visibleWhen: CLOUD_INIT,
    help: 'Guest network interfaces, each with a name, boot protocol, static address and whether it starts on boot.',
    of: [
      { path: 'name', label: 'Name', type: 'string', required: true, group: I, help: 'The guest interface name, e.g. eth0.' },
      { path: 'boot_protocol', label: 'Boot protocol', type: 'enum', enumSource: 'boot_protocols', group: I, help: 'dhcp, static or none.' },
      { path: 'ip.address', label: 'IP address', type: 'string', group: I, help: 'Static address.' },
      { path: 'ip.netmask', label: 'Netmask', type: 'string', group: I, help: 'Static netmask.' },
      { path: 'ip.gateway', label: 'Gateway', type: 'string', group: I, help: 'Static gateway.' },
      { path: 'on_boot', label: 'Start on boot', type: 'boolean', group: I, help: 'Bring the interface up at boot.' },
    ] },
  { path: 'domain.name', label: 'Sysprep domain', type: 'string', group: I, updatable: true, visibleWhen: SYSPREP,
    help: 'The Sysprep domain setting for a Windows virtual machine; a name from the domains collection.' },
  { path: 'initialization.input_locale', label: 'Input locale', type: 'string', group: I, visibleWhen: SYSPREP, help: 'The locale for user input, e.g. en-US.' },
  { path: 'initialization.ui_language', label: 'UI language', type: 'string', group: I, visibleWhen: SYSPREP,
    help: 'The language used for user interface elements such as buttons and menus.' },
  { path: 'initialization.system_locale', label: 'System locale', type: 'string', group: I, visibleWhen: SYSPREP, help: 'The locale for the overall system.' },
  { path: 'initialization.user_locale', label: 'User locale', type: 'string', group: I, visibleWhen: SYSPREP, help: 'The locale for users.' },
  { path: 'initialization.active_directory_ou', label: 'Active Directory OU', type: 'string', group: I, visibleWhen: SYSPREP,
    help: 'The organizational unit in the Active Directory domain to which the virtual machine belongs.' },
  { path: 'initialization.org_name', label: 'Organization', type: 'string', group: I, visibleWhen: SYSPREP,
    help: 'The name of the organization to which the virtual machine belongs.' },
  { path: 'initialization.windows_license_key', label: 'Windows license key', type: 'password', group: I, visibleWhen: SYSPREP, help: 'The Windows product key.' },
  { path: 'initialization.custom_script', label: 'Custom script', type: 'text', group: I, visibleWhen: BOTH,
    help: 'A custom script to run on the virtual machine when it starts.' },
];

const extra: ElementDef[] = [
  customPropertiesElement(),
  { path: 'payloads.payload', label: 'Payloads', type: 'list', group: 'Payloads', updatable: true,
    help: 'Content delivered to the virtual machine on boot: a cdrom or floppy payload with files (name and content).',
    of: [
      { path: 'type', label: 'Device', type: 'enum', enumSource: 'vm_device_types', required: true, group: 'Payloads', help: 'cdrom or floppy.' },
      { path: 'files.file.name', label: 'File name', type: 'string', required: true, group: 'Payloads', help: 'The name and location of the file.' },
      { path: 'files.file.content', label: 'Content', type: 'text', group: 'Payloads', help: 'The content to deliver to the file.' },
      { path: 'files.file.type', label: 'Encoding', type: 'enum', enumSource: 'payload_encodings', group: 'Payloads',
        help: 'How the content is written: plaintext, or base64 for binary content.' },
    ] },
];

export const vms: ResourceTable = {
  segment: 'vms',
  element: 'vm',
  label: 'Virtual Machines',
  create: { path: '/vms', sets: [0] },
  update: '/vms/{vm:id}',
  elements: [...general, ...systemElements('vm'), ...boot, ...consoleElements(['display.disconnect_action']), ...host, ...ha, ...resources, ...initialization, ...extra],
};
