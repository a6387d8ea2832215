// Elements virtual machines and templates share (guide Tables 15.1 and 17.1 describe them alike).
import type { ElementDef } from '../types';
import { ARCHITECTURES, SSO_METHODS, USB_TYPES } from './fixedEnums';

/** Marks every element updatable except the listed paths (which the engine fixes after creation). */
function updatableExcept(elements: ElementDef[], fixed: string[]): ElementDef[] {
  return elements.map((e) => (fixed.includes(e.path) ? { ...e, updatable: undefined } : { ...e, updatable: true }));
}

export function systemElements(kind: 'vm' | 'template', fixed: string[] = []): ElementDef[] {
  const what = kind === 'vm' ? 'virtual machine' : 'template';
  return updatableExcept([
    { path: 'memory', label: 'Memory', type: 'bytes', unit: 'MiB', group: 'System', column: true, min: 1,
      help: 'The amount of memory allocated to the guest.' },
    { path: 'cpu.topology.sockets', label: 'Virtual sockets', type: 'int', min: 1, group: 'System',
      help: 'The number of logical sockets available to the guest. Total cores = sockets × cores per socket.' },
    { path: 'cpu.topology.cores', label: 'Cores per socket', type: 'int', min: 1, group: 'System',
      help: 'The number of cores per socket.' },
    { path: 'cpu.topology.threads', label: 'Threads per core', type: 'int', min: 1, group: 'System',
      help: 'The number of threads per core.' },
    { path: 'cpu.mode', label: 'CPU mode', type: 'enum', enumSource: 'cpu_modes', group: 'System',
      help: 'custom (default), host_model (copies the host CPU as libvirt understands it) or host_passthrough (prevents migration).' },
    { path: 'cpu.architecture', label: 'CPU architecture', type: 'enum', enumSource: ARCHITECTURES, group: 'System',
      help: 'The guest CPU architecture.' },
    { path: 'os.type', label: 'Operating system', type: 'enum', enumSource: 'os_types', group: 'System', column: kind === 'vm',
      help: `The guest operating system type of the ${what}.` },
    { path: 'timezone', label: 'Time zone', type: 'string', group: 'System',
      help: `The Sysprep time zone setting for a Windows ${what} (tz database format Area/Location, e.g. Etc/GMT).` },
    { path: 'serial_number.policy', label: 'Serial number policy', type: 'enum', enumSource: 'serial_number_policies', group: 'System',
      help: 'How the serial number presented to the guest is chosen (host, vm or custom).' },
    { path: 'serial_number.value', label: 'Custom serial number', type: 'string', group: 'System',
      help: 'The serial number when the policy is custom.' },
    { path: 'custom_cpu_model', label: 'Custom CPU model', type: 'string', group: 'System', help: 'Overrides the cluster CPU model.' },
    { path: 'custom_emulated_machine', label: 'Custom emulated machine', type: 'string', group: 'System', help: 'Overrides the cluster emulated machine.' },
    { path: 'soundcard_enabled', label: 'Sound card', type: 'boolean', group: 'System', help: 'Add a sound card device.' },
    { path: 'virtio_scsi.enabled', label: 'VirtIO-SCSI', type: 'boolean', group: 'System', help: 'Enable the VirtIO-SCSI controller.' },
  ], fixed);
}

export function consoleElements(fixed: string[] = []): ElementDef[] {
  return [
    ...updatableExcept([
      { path: 'display.type', label: 'Graphics protocol', type: 'enum', enumSource: 'display_types', group: 'Console',
        help: 'The display type, vnc or spice.' },
      { path: 'display.monitors', label: 'Monitors', type: 'int', min: 1, max: 4, group: 'Console', help: 'The number of monitors.' },
      { path: 'display.single_qxl_pci', label: 'Single PCI', type: 'boolean', group: 'Console', help: 'Use a single QXL PCI device for all monitors.' },
      { path: 'display.allow_override', label: 'Allow override', type: 'boolean', group: 'Console', help: 'Allow the display to be overridden.' },
      { path: 'display.smartcard_enabled', label: 'Smartcard', type: 'boolean', group: 'Console',
        help: 'Pass a smartcard attached to the client through to the virtual machine. The default is false.' },
      { path: 'display.file_transfer_enabled', label: 'File transfer', type: 'boolean', group: 'Console', help: 'Allow SPICE file transfer.' },
      { path: 'display.copy_paste_enabled', label: 'Copy and paste', type: 'boolean', group: 'Console', help: 'Allow SPICE copy and paste.' },
      { path: 'display.keyboard_layout', label: 'VNC keyboard layout', type: 'string', group: 'Console', help: 'The VNC keyboard layout, e.g. en-us.' },
      { path: 'display.disconnect_action', label: 'Console disconnect action', type: 'enum', enumSource: 'display_disconnect_actions', group: 'Console',
        help: 'What happens when the console is disconnected.' },
      { path: 'usb.enabled', label: 'USB support', type: 'boolean', group: 'Console', help: 'Defines the USB policy: enabled.' },
      { path: 'usb.type', label: 'USB type', type: 'enum', enumSource: USB_TYPES, group: 'Console',
        help: 'native or legacy. Legacy USB is deprecated.' },
      { path: 'console.enabled', label: 'Serial console', type: 'boolean', group: 'Console', help: 'Enable the VirtIO serial console.' },
      { path: 'sso.methods.method', label: 'Single sign-on', type: 'list', item: 'id', enumSource: SSO_METHODS, group: 'Console',
        help: 'The single sign-on methods, e.g. GUEST_AGENT.' },
    ], fixed),
    { path: 'display.address', label: 'Display address', type: 'string', group: 'Console', readOnly: true, help: 'The address of the display.' },
    { path: 'display.port', label: 'Display port', type: 'int', group: 'Console', readOnly: true, help: 'The display port.' },
    { path: 'display.secure_port', label: 'Display secure port', type: 'int', group: 'Console', readOnly: true, help: 'The TLS display port.' },
  ];
}

/** VM and template custom properties: the names are the engine's `custom_properties` for the cluster's version. */
export function customPropertiesElement(): ElementDef {
  const G = 'Custom Properties';
  return { path: 'custom_properties.custom_property', label: 'Custom properties', type: 'list', group: G, updatable: true,
    help: 'User-defined environment variables passed as parameters to custom scripts; names are listed in capabilities.',
    of: [
      { path: 'name', label: 'Name', type: 'enum', enumSource: 'custom_properties', required: true, group: G, help: 'The property name.' },
      { path: 'value', label: 'Value', type: 'string', required: true, group: G, help: 'The property value.' },
    ] };
}
