// Guide chapter 12, Tables 12.1–12.6. The RSDL (`POST /storagedomains`) has one alternative per storage kind;
// the form implements the direct-LUN, host+path (NFS), local and POSIX/Gluster ones (not "import existing").
import type { ResourceTable } from '../types';
import { commentElement, descriptionElement, nameElement, statusElement } from './common';

const S = 'Storage';
const FILE = ['nfs', 'localfs', 'posixfs', 'glusterfs'] as const;
const BLOCK = ['iscsi', 'fcp'] as const;

export const storagedomains: ResourceTable = {
  segment: 'storagedomains',
  element: 'storage_domain',
  label: 'Storage Domains',
  create: { path: '/storagedomains', sets: [0, 2, 3, 4] },
  update: '/storagedomains/{storagedomain:id}',
  elements: [
    // Guide §12.4.1 says name is required; the engine's RSDL does not (importing a domain omits it).
    nameElement('A user-supplied name for the storage domain.'),
    descriptionElement('A description of the storage domain.', { updatable: undefined }),
    commentElement(),
    statusElement('storage_domain_states', 'The storage domain status; values are listed in storage_domain_states.'),
    { path: 'type', label: 'Domain function', type: 'enum', enumSource: 'storage_domain_types', group: 'General', required: true, column: true,
      help: 'data, iso or export (Image for Glance).' },
    { path: 'host', label: 'Host', type: 'ref', ref: 'hosts', group: 'General', required: true, updatable: true,
      help: 'The host used to initialise the domain; it must have access to the storage.' },
    { path: 'import', label: 'Import existing domain', type: 'boolean', group: 'General',
      help: 'Import a domain that already exists on the storage instead of creating it.' },
    { path: 'storage.type', label: 'Storage type', type: 'enum', enumSource: 'storage_types', group: S, required: true, column: true,
      help: 'nfs, posixfs, glusterfs, iscsi, fcp or localfs.' },
    { path: 'storage.address', label: 'Address', type: 'string', group: S, requiredWhen: { path: 'storage.type', in: ['nfs', 'iscsi'] },
      help: 'The storage server host name or IP address.' },
    { path: 'storage.path', label: 'Path', type: 'string', group: S, requiredWhen: { path: 'storage.type', in: FILE },
      help: 'The export path (NFS, POSIX, Gluster) or local directory.' },
    { path: 'storage.vfs_type', label: 'VFS type', type: 'string', group: S, requiredWhen: { path: 'storage.type', in: ['posixfs', 'glusterfs'] },
      help: 'The file system type of a POSIX-compliant domain, e.g. glusterfs.' },
    { path: 'storage.mount_options', label: 'Mount options', type: 'string', group: S, help: 'Options passed to mount.' },
    { path: 'storage.nfs_version', label: 'NFS version', type: 'enum', enumSource: 'nfs_versions', group: S, help: 'The NFS protocol version.' },
    { path: 'storage.nfs_timeo', label: 'NFS timeout', type: 'int', unit: 'deciseconds', group: S, help: 'The NFS retransmission timeout.' },
    { path: 'storage.nfs_retrans', label: 'NFS retransmissions', type: 'int', group: S, help: 'The number of NFS retransmissions.' },
    { path: 'storage.logical_unit.id', label: 'LUN ID', type: 'string', group: S, requiredWhen: { path: 'storage.type', in: BLOCK },
      help: 'The logical unit (LUN) to build the domain on.' },
    { path: 'storage.logical_unit.address', label: 'iSCSI portal address', type: 'string', group: S, requiredWhen: { path: 'storage.type', in: ['iscsi'] },
      help: 'The iSCSI target address; with target details the host logs in automatically.' },
    { path: 'storage.logical_unit.port', label: 'iSCSI port', type: 'int', max: 65535, group: S, requiredWhen: { path: 'storage.type', in: ['iscsi'] },
      help: 'The iSCSI port, usually 3260.' },
    { path: 'storage.logical_unit.target', label: 'iSCSI target', type: 'string', group: S, requiredWhen: { path: 'storage.type', in: ['iscsi'] },
      help: 'The target IQN.' },
    { path: 'storage.logical_unit.username', label: 'CHAP user', type: 'string', group: S, help: 'CHAP user name.' },
    { path: 'storage.logical_unit.password', label: 'CHAP password', type: 'password', group: S, help: 'CHAP password.' },
    { path: 'storage.override_luns', label: 'Override LUNs', type: 'boolean', group: S, updatable: true,
      help: 'True replaces all logical unit settings.' },
    { path: 'storage_format', label: 'Storage format', type: 'enum', enumSource: 'storage_formats', group: 'General', help: 'v1 or v3.' },
    { path: 'wipe_after_delete', label: 'Wipe after delete', type: 'boolean', group: 'Advanced', updatable: true,
      help: 'Default for new disks; changing it does not change existing disks.' },
    { path: 'warning_low_space_indicator', label: 'Warning low space', type: 'int', unit: 'percent', max: 100, group: 'Advanced', updatable: true,
      help: 'Free-space percentage below which a warning is shown.' },
    { path: 'critical_space_action_blocker', label: 'Critical space blocker', type: 'int', unit: 'GiB', group: 'Advanced', updatable: true,
      help: 'Free space (GB) below which actions are blocked.' },
    { path: 'master', label: 'Master', type: 'boolean', group: 'General', readOnly: true, help: 'True for the master storage domain of a data center.' },
    { path: 'external_status.state', label: 'External status', type: 'enum', enumSource: 'external_statuses', group: 'General', readOnly: true,
      help: 'ok, info, warning, error or failure.' },
    { path: 'available', label: 'Free', type: 'bytes', unit: 'GiB', group: 'General', readOnly: true, column: true, help: 'Free space.' },
    { path: 'used', label: 'Used', type: 'bytes', unit: 'GiB', group: 'General', readOnly: true, column: true, help: 'Used space.' },
    { path: 'committed', label: 'Allocated', type: 'bytes', unit: 'GiB', group: 'General', readOnly: true, help: 'Space committed to disks.' },
  ],
};
