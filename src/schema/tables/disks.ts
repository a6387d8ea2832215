// Guide Tables 15.2 and 16.1: image disks (size, format, storage domain) and direct-LUN disks (lun_storage with
// a logical unit). The RSDL gives one create alternative for each; `lun_storage.type` tells them apart.
import type { ResourceTable } from '../types';
import { descriptionElement } from './common';
import { LUN_STORAGE_TYPES } from './fixedEnums';

const G = 'General';
const LUN = 'Direct LUN';
const noLun = { path: 'lun_storage.type', absent: true } as const;
const lun = { path: 'lun_storage.type', in: ['iscsi', 'fcp'] } as const;
const iscsi = { path: 'lun_storage.type', in: ['iscsi'] } as const;

export const disks: ResourceTable = {
  segment: 'disks',
  element: 'disk',
  label: 'Disks',
  create: { path: '/disks', sets: [0, 1] },
  update: '/vms/{vm:id}/disks/{disk:id}',
  elements: [
    { path: 'alias', label: 'Alias', type: 'string', group: G, updatable: true, column: true,
      help: 'The name of the disk (use alias instead of name, also when searching).' },
    descriptionElement('A description of the disk.'),
    { path: 'status.state', label: 'Status', type: 'enum', enumSource: 'disk_states', group: G, readOnly: true, column: true,
      help: 'illegal, invalid, locked or ok.' },
    { path: 'provisioned_size', label: 'Size', type: 'bytes', unit: 'GiB', group: G, updatable: true, column: true, requiredWhen: noLun,
      visibleWhen: noLun, help: 'The provisioned size of the disk; it can be extended while the disk is in use.' },
    { path: 'actual_size', label: 'Actual size', type: 'bytes', unit: 'GiB', group: G, readOnly: true, column: true,
      help: 'The space the disk uses on storage.' },
    { path: 'interface', label: 'Interface', type: 'enum', enumSource: 'disk_interfaces', group: G, required: true, updatable: true,
      help: 'The driver used to connect the disk, e.g. virtio.' },
    { path: 'format', label: 'Format', type: 'enum', enumSource: 'disk_formats', group: G, updatable: true, requiredWhen: noLun,
      visibleWhen: noLun, help: 'cow allows snapshots with a small overhead; raw does not allow snapshots but performs better.' },
    { path: 'sparse', label: 'Thin provisioned', type: 'boolean', group: G, updatable: true,
      visibleWhen: noLun, help: 'True if the physical storage is not preallocated.' },
    { path: 'storage_domains.storage_domain', label: 'Storage domain', type: 'list', item: 'id', ref: 'storagedomains', group: G,
      visibleWhen: noLun, help: 'The storage domain the disk is created in.' },
    { path: 'bootable', label: 'Bootable', type: 'boolean', group: G, updatable: true, help: 'Mark the disk bootable.' },
    { path: 'shareable', label: 'Shareable', type: 'boolean', group: G, updatable: true, help: 'Share the disk with several virtual machines.' },
    { path: 'read_only', label: 'Read-only', type: 'boolean', group: G, updatable: true, help: 'Attach the disk read-only.' },
    { path: 'active', label: 'Activate', type: 'boolean', group: G, help: 'Connect (plug) the disk to the virtual machine.' },
    { path: 'wipe_after_delete', label: 'Wipe after delete', type: 'boolean', group: G, updatable: true,
      help: 'Zero the storage when the disk is deleted: more secure, but slower to delete.' },
    { path: 'propagate_errors', label: 'Propagate errors', type: 'boolean', group: G, updatable: true,
      help: 'Pass disk errors to the guest instead of pausing the virtual machine.' },
    { path: 'disk_profile', label: 'Disk profile', type: 'ref', ref: 'diskprofiles', group: G, updatable: true, visibleWhen: noLun,
      help: 'The disk profile of the storage domain (I/O limits).' },
    { path: 'quota', label: 'Quota', type: 'ref', ref: 'quotas', group: G, updatable: true, visibleWhen: noLun,
      help: 'The quota of the data center the disk uses storage from.' },
    { path: 'lun_storage.type', label: 'Direct LUN type', type: 'enum', enumSource: LUN_STORAGE_TYPES, group: LUN,
      emptyLabel: 'None: an image disk on a storage domain',
      help: 'Leave empty for an image disk on a storage domain; iscsi or fcp attaches a direct LUN instead (guide 16.1).' },
    { path: 'lun_storage.logical_unit.id', label: 'LUN ID', type: 'string', group: LUN,
      requiredWhen: { path: 'lun_storage.type', in: ['iscsi', 'fcp'] }, visibleWhen: lun, help: 'The logical unit id.' },
    { path: 'lun_storage.logical_unit.address', label: 'iSCSI address', type: 'string', group: LUN,
      requiredWhen: { path: 'lun_storage.type', in: ['iscsi'] }, visibleWhen: iscsi, help: 'The iSCSI target address.' },
    { path: 'lun_storage.logical_unit.port', label: 'iSCSI port', type: 'int', max: 65535, group: LUN,
      requiredWhen: { path: 'lun_storage.type', in: ['iscsi'] }, visibleWhen: iscsi, help: 'The iSCSI port, e.g. 3260.' },
    { path: 'lun_storage.logical_unit.target', label: 'iSCSI target', type: 'string', group: LUN,
      requiredWhen: { path: 'lun_storage.type', in: ['iscsi'] }, visibleWhen: iscsi, help: 'The target IQN.' },
    { path: 'lun_storage.host', label: 'Host', type: 'ref', ref: 'hosts', group: LUN, visibleWhen: lun, help: 'The host used to reach the LUN.' },
    { path: 'sgio', label: 'SCSI pass-through', type: 'enum', enumSource: 'sgio_options', group: LUN, updatable: true,
      visibleWhen: lun, help: 'SCSI generic I/O for a direct LUN: filtered or unfiltered.' },
    { path: 'uses_scsi_reservation', label: 'SCSI reservation', type: 'boolean', group: LUN, updatable: true,
      visibleWhen: lun, help: 'Allow SCSI reservation.' },
    { path: 'image_id', label: 'Image ID', type: 'string', group: G, readOnly: true,
      help: 'A reference to the image stored on the storage domain.' },
    // Reported only: the RSDL's create alternatives tell an image disk from a direct LUN by lun_storage, not storage_type.
    { path: 'storage_type', label: 'Storage type', type: 'enum', enumSource: 'disk_storage_types', group: G, readOnly: true,
      help: 'image, lun or cinder.' },
    { path: 'logical_name', label: 'Logical name', type: 'string', group: G, readOnly: true, help: 'The device name inside the guest.' },
  ],
};
