// The job descriptions the engine uses for its commands (as shown in its Tasks view), by collection and action.
import type { Entity } from '../types';
import type { Store } from '../store';
import { glusterJobText } from '../gluster/glusterSteps';

const n = (e: Entity) => e.name ?? e.alias ?? e.description ?? e.id;

const ACTIONS: Record<string, (e: Entity, store: Store) => string> = {
  'vms/start': (e) => `Launching VM ${n(e)}`,
  'vms/stop': (e) => `Stopping VM ${n(e)}`,
  'vms/shutdown': (e) => `Shutting down VM ${n(e)}`,
  'vms/suspend': (e) => `Hibernating VM ${n(e)}`,
  'vms/reboot': (e) => `Rebooting VM ${n(e)}`,
  'vms/migrate': (e) => `Migrating VM ${n(e)}`,
  'vms/cancelmigration': (e) => `Canceling migration of VM ${n(e)}`,
  'vms/export': (e) => `Exporting VM ${n(e)} To Export Domain`,
  'vms/clone': (e) => `Cloning VM ${n(e)}`,
  'vms/move': (e) => `Moving VM ${n(e)}`,
  'vms/preview_snapshot': (e) => `Preview Snapshot of VM ${n(e)}`,
  'vms/commit_snapshot': (e) => `Committing Snapshot of VM ${n(e)}`,
  'vms/undo_snapshot': (e) => `Restoring VM Snapshot of VM ${n(e)}`,
  'vms/snapshots/restore': (e) => `Restoring VM Snapshot ${n(e)}`,
  'hosts/deactivate': (e) => `Moving Host ${n(e)} to Maintenance`,
  'hosts/activate': (e) => `Activating Host ${n(e)}`,
  'hosts/install': (e) => `Installing Host ${n(e)}`,
  'hosts/upgrade': (e) => `Upgrading Host ${n(e)}`,
  'hosts/fence': (e) => `Fencing Host ${n(e)}`,
  'hosts/setupnetworks': (e) => `Configuring networks on Host ${n(e)}`,
  'templates/export': (e) => `Exporting Template ${n(e)} To Export Domain`,
  'disks/copy': (e) => `Copying Disk ${n(e)}`,
  'disks/move': (e) => `Moving Disk ${n(e)}`,
  'vmpools/allocatevm': (e) => `Allocating a VM from VM Pool ${n(e)}`,
  'datacenters/storagedomains/activate': (e) => `Activating Storage Domain ${n(e)}`,
  'datacenters/storagedomains/deactivate': (e) => `Deactivating Storage Domain ${n(e)}`,
  'storagedomains/vms/import': (e) => `Importing VM ${n(e)} from Export Domain`,
  'storagedomains/templates/import': (e) => `Importing Template ${n(e)} from Export Domain`,
  'storagedomains/images/import': (e) => `Importing Image ${n(e)}`,
  'clusters/glustervolumes/rebalance': (e, store) => glusterJobText({ store }, e, 'rebalancing_volume'),
  'clusters/glustervolumes/bricks/migrate': (e, store) => glusterJobText({ store }, e, 'removing_bricks'),
};

const CREATES: Record<string, (e: Entity) => string> = {
  vms: (e) => `Creating VM ${n(e)}`,
  templates: (e) => `Adding new Template ${n(e)}`,
  disks: (e) => `Adding Disk ${n(e)}`,
  'vms/disks': (e) => `Adding Disk ${n(e)}`,
  'vms/snapshots': (e) => `Creating VM Snapshot ${n(e)}`,
  vmpools: (e) => `Creating VM Pool ${n(e)}`,
  hosts: (e) => `Adding new Host ${n(e)}`,
  'datacenters/storagedomains': (e) => `Attaching Storage Domain ${n(e)}`,
};

/** `path` is the collection path with the action (`vms/start`, `vms/snapshots/restore`). */
export const actionJob = (path: string, e: Entity, store: Store) => ACTIONS[path]?.(e, store);
export const createJob = (path: string, e: Entity) => CREATES[path]?.(e);
export const hasCreateJob = (path: string) => path in CREATES;
