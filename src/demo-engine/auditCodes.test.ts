// The event codes and texts the demo engine logs are oVirt's (issue 15): clients filter events on the codes.
// Numbers from ovirt-engine backend/manager/modules/common/src/main/java/org/ovirt/engine/core/common/AuditLogType.java
// (USER_MOVED_VM and USER_MOVED_VM_FINISHED_SUCCESS from its 3.x version, gone in 4.x); texts from
// backend/manager/modules/dal/src/main/resources/bundles/AuditLogMessages.properties with the demo's values filled in.
import { describe, expect, it } from 'vitest';
import { AUDIT } from './audit';
import { wireEngine } from './testing/wire';

const AUDIT_LOG_TYPE: Record<keyof typeof AUDIT, number> = {
  VDS_ACTIVATE: 16, VDS_MAINTENANCE: 15, USER_RUN_VM: 32, USER_STOP_VM: 33, USER_ADD_VM: 34, USER_UPDATE_VM: 35,
  USER_SUSPEND_VM: 501, USER_ADD_VM_FINISHED_SUCCESS: 53, VM_DOWN: 61, VM_MIGRATION_START: 62, VM_MIGRATION_DONE: 63,
  VM_CANCEL_MIGRATION: 161, USER_CREATE_SNAPSHOT: 45, USER_CREATE_SNAPSHOT_FINISHED_SUCCESS: 68, USER_INITIATED_SHUTDOWN_VM: 73,
  USER_ADD_DISK_TO_VM: 78, USER_ADD_DISK_TO_VM_FINISHED_SUCCESS: 97, USER_EXTEND_DISK_SIZE_SUCCESS: 371, USER_REMOVE_VM_FINISHED: 113,
  USER_SUSPEND_VM_OK: 503, USER_STARTED_VM: 153, USER_REBOOT_VM: 157, IMPORTEXPORT_STARTING_EXPORT_VM: 1162, IMPORTEXPORT_EXPORT_VM: 1150,
  USER_ADD: 149, USER_VDS_MAINTENANCE_WITHOUT_REASON: 620, USER_ADD_VDS: 42, USER_UPDATE_VDS: 43, USER_REMOVE_VDS: 44, VDS_INSTALL: 504,
  VDS_INSTALL_IN_PROGRESS: 509, USER_VDS_START: 20, USER_VDS_STOP: 21, USER_VDS_RESTART: 41, NETWORK_ADD_VM_INTERFACE: 932,
  NETWORK_UPDATE_VM_INTERFACE: 934, NETWORK_REMOVE_VM_INTERFACE: 930, NETWORK_ACTIVATE_VM_INTERFACE_SUCCESS: 1012,
  NETWORK_DEACTIVATE_VM_INTERFACE_SUCCESS: 1014, USER_ADD_PERMISSION: 850, USER_REMOVE_PERMISSION: 852, VM_SET_TICKET: 164,
  VM_CONSOLE_CONNECTED: 167, VM_CONSOLE_DISCONNECTED: 168, USER_ADD_VM_TEMPLATE: 48, USER_ADD_VM_TEMPLATE_FINISHED_SUCCESS: 51,
  IMPORTEXPORT_STARTING_EXPORT_TEMPLATE: 1164, IMPORTEXPORT_EXPORT_TEMPLATE: 1156, IMPORTEXPORT_STARTING_IMPORT_VM: 1165,
  IMPORTEXPORT_IMPORT_VM: 1152, IMPORTEXPORT_STARTING_IMPORT_TEMPLATE: 1163, IMPORTEXPORT_IMPORT_TEMPLATE: 1158, USER_MOVED_VM: 82,
  USER_MOVED_VM_FINISHED_SUCCESS: 91, USER_ADD_DISK: 2020, USER_ADD_DISK_FINISHED_SUCCESS: 2021, USER_COPIED_DISK: 2004,
  USER_COPIED_DISK_FINISHED_SUCCESS: 2006, USER_MOVED_DISK: 2008, USER_MOVED_DISK_FINISHED_SUCCESS: 2010, USER_ADD_VM_POOL_WITH_VMS: 302,
  USER_ATTACH_USER_TO_VM_FROM_POOL: 316, NETWORK_COMMINT_NETWORK_CHANGES: 1104, PERSIST_SETUP_NETWORK_ON_HOST_FINISHED: 10903,
  GLUSTER_VOLUME_START: 4004, GLUSTER_VOLUME_STOP: 4006, GLUSTER_VOLUME_OPTION_ADDED: 4002, GLUSTER_VOLUME_OPTIONS_RESET: 4008,
  GLUSTER_VOLUME_OPTIONS_RESET_ALL: 4074, GLUSTER_VOLUME_REBALANCE_START: 4012, GLUSTER_VOLUME_PROFILE_START: 4022,
  GLUSTER_VOLUME_PROFILE_STOP: 4024, USER_UPDATE_CLUSTER: 811, USER_ATTACH_STORAGE_DOMAIN_TO_POOL: 962,
  USER_DETACH_STORAGE_DOMAIN_FROM_POOL: 964, USER_ACTIVATED_STORAGE_DOMAIN: 966, USER_DEACTIVATED_STORAGE_DOMAIN: 968,
};

type W = ReturnType<typeof wireEngine>;
const last = (w: W, code: number) => w.engine.store.list('events').filter((e) => e.code === code).at(-1)?.description;
const host = (w: W, state: string) => w.engine.store.list('hosts').find((h) => h.status.state === state)!;

describe('event codes', () => {
  it('every AUDIT entry is AuditLogType\'s number for that name', () => {
    expect({ ...AUDIT }).toEqual(AUDIT_LOG_TYPE);
  });

  it('a new host logs USER_ADD_VDS (42), not a number of its own', () => {
    const w = wireEngine();
    const cluster = w.engine.store.list('clusters')[0];
    w.post('/hosts', `<host><name>audit-host</name><address>10.9.9.9</address><root_password>x</root_password><cluster id="${cluster.id}"/></host>`);
    expect(w.engine.store.list('events').map((e) => e.code)).toContain(42);
  });
});

// [AuditLogMessages key, an operation that logs it returning the key's text with the demo's values filled in]
const MESSAGES: [keyof typeof AUDIT, (w: W) => string][] = [
  ['VM_SET_TICKET', (w) => {
    const vm = w.vmIn('up');
    w.post(`/vms/${vm.id}/ticket`, '<action/>');
    return `User admin@internal initiated console session for VM ${vm.name}`;
  }],
  ['USER_REBOOT_VM', (w) => {
    const vm = w.vmIn('up');
    w.post(`/vms/${vm.id}/reboot`, '<action/>');
    return `VM ${vm.name} is rebooting. Rebooted by: admin@internal`;
  }],
  ['VDS_ACTIVATE', (w) => {
    const h = host(w, 'maintenance');
    w.post(`/hosts/${h.id}/activate`, '<action/>');
    w.tick(60_000);
    return `Activation of host ${h.name} initiated by admin@internal.`;
  }],
  ['USER_VDS_MAINTENANCE_WITHOUT_REASON', (w) => {
    const h = w.engine.store.list('hosts').find((x) => x.status.state === 'up' && !w.engine.store.list('vms').some((v) => v.host?.id === x.id))
      ?? host(w, 'up');
    w.post(`/hosts/${h.id}/deactivate`, '<action/>');
    return `Host ${h.name} was switched to Maintenance mode by admin@internal.`;
  }],
];

describe('event messages', () => {
  it.each(MESSAGES)('%s', (key, run) => {
    const w = wireEngine();
    const text = run(w);
    expect(last(w, AUDIT[key])).toBe(text);
  });
});
