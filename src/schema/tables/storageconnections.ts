// Guide chapter 13, Tables 13.1–13.3. One RSDL alternative per kind of connection (iSCSI, NFS, local, POSIX).
import type { ResourceTable } from '../types';

const G = 'General';
// api.xsd StorageConnection: a choice of FileStorageConnection and IscsiStorageConnection elements, never both.
const FILE = { path: 'type', in: ['nfs', 'localfs', 'posixfs', 'glusterfs'] } as const;
const ISCSI = { path: 'type', in: ['iscsi'] } as const;
const NFS = { path: 'type', in: ['nfs'] } as const;

export const storageconnections: ResourceTable = {
  segment: 'storageconnections',
  element: 'storage_connection',
  label: 'Storage Connections',
  create: { path: '/storageconnections' },
  update: '/storageconnections/{storageconnection:id}',
  elements: [
    { path: 'type', label: 'Type', type: 'enum', enumSource: 'storage_types', group: G, required: true, column: true,
      help: 'nfs, posixfs, localfs or iscsi.' },
    { path: 'address', label: 'Address', type: 'string', group: G, updatable: true, column: true,
      requiredWhen: { path: 'type', in: ['nfs', 'iscsi'] }, help: 'The server address (only required for NFS and iSCSI).' },
    { path: 'path', label: 'Path', type: 'string', group: G, updatable: true, column: true,
      requiredWhen: { path: 'type', in: ['nfs', 'localfs', 'posixfs', 'glusterfs'] }, visibleWhen: FILE,
      help: 'The path; it cannot be changed to a path another connection uses.' },
    { path: 'vfs_type', label: 'VFS type', type: 'string', group: G, updatable: true,
      requiredWhen: { path: 'type', in: ['posixfs', 'glusterfs'] }, visibleWhen: { path: 'type', in: ['posixfs', 'glusterfs'] }, help: 'The file system type for POSIX connections.' },
    { path: 'mount_options', label: 'Mount options', type: 'string', group: G, updatable: true, visibleWhen: FILE, help: 'Options passed to mount.' },
    { path: 'nfs_version', label: 'NFS version', type: 'enum', enumSource: 'nfs_versions', group: G, updatable: true, visibleWhen: NFS, help: 'The NFS version.' },
    { path: 'nfs_timeo', label: 'NFS timeout', type: 'int', unit: 'deciseconds', group: G, updatable: true, visibleWhen: NFS, help: 'The NFS retransmission timeout, in tenths of a second (deciseconds).' },
    { path: 'nfs_retrans', label: 'NFS retransmissions', type: 'int', group: G, updatable: true, visibleWhen: NFS, help: 'Number of retransmissions.' },
    { path: 'port', label: 'Port', type: 'int', max: 65535, group: 'iSCSI', updatable: true,
      requiredWhen: { path: 'type', in: ['iscsi'] }, visibleWhen: ISCSI, help: 'The iSCSI port, usually 3260.' },
    { path: 'target', label: 'Target', type: 'string', group: 'iSCSI', updatable: true,
      requiredWhen: { path: 'type', in: ['iscsi'] }, visibleWhen: ISCSI, help: 'The target IQN.' },
    { path: 'username', label: 'CHAP user', type: 'string', group: 'iSCSI', updatable: true, visibleWhen: ISCSI, help: 'CHAP user name.' },
    { path: 'password', label: 'CHAP password', type: 'password', group: 'iSCSI', updatable: true, visibleWhen: ISCSI, help: 'CHAP password.' },
    { path: 'host', label: 'Host', type: 'ref', ref: 'hosts', group: G,
      help: 'Optional: the connection is tried through this host; without it the details are only stored.' },
  ],
};
