// Guide chapter 13, Tables 13.1–13.3. One RSDL alternative per kind of connection (iSCSI, NFS, local, POSIX).
import type { ResourceTable } from '../types';

const G = 'General';

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
      requiredWhen: { path: 'type', in: ['nfs', 'localfs', 'posixfs', 'glusterfs'] },
      help: 'The path; it cannot be changed to a path another connection uses.' },
    { path: 'vfs_type', label: 'VFS type', type: 'string', group: G, updatable: true,
      requiredWhen: { path: 'type', in: ['posixfs', 'glusterfs'] }, help: 'The file system type for POSIX connections.' },
    { path: 'mount_options', label: 'Mount options', type: 'string', group: G, updatable: true, help: 'Options passed to mount.' },
    { path: 'nfs_version', label: 'NFS version', type: 'enum', enumSource: 'nfs_versions', group: G, updatable: true, help: 'The NFS version.' },
    { path: 'nfs_timeo', label: 'NFS timeout', type: 'int', unit: 'deciseconds', group: G, updatable: true, help: 'Retransmission timeout.' },
    { path: 'nfs_retrans', label: 'NFS retransmissions', type: 'int', group: G, updatable: true, help: 'Number of retransmissions.' },
    { path: 'port', label: 'Port', type: 'int', max: 65535, group: 'iSCSI', updatable: true,
      requiredWhen: { path: 'type', in: ['iscsi'] }, help: 'The iSCSI port.' },
    { path: 'target', label: 'Target', type: 'string', group: 'iSCSI', updatable: true,
      requiredWhen: { path: 'type', in: ['iscsi'] }, help: 'The target IQN.' },
    { path: 'username', label: 'CHAP user', type: 'string', group: 'iSCSI', updatable: true, help: 'CHAP user name.' },
    { path: 'password', label: 'CHAP password', type: 'password', group: 'iSCSI', updatable: true, help: 'CHAP password.' },
    { path: 'host', label: 'Host', type: 'ref', ref: 'hosts', group: G,
      help: 'Optional: the connection is tried through this host; without it the details are only stored.' },
  ],
};
