// VM status sets and the status → allowed actions table (guide 15.7; ovirt-web-ui's canXxx rules).
import { registerActions } from '../represent';
import type { Entity } from '../types';

/** States in which the VM holds a host (qemu process exists). */
export const RUNNING = new Set(['up', 'powering_up', 'powering_down', 'paused', 'migrating', 'reboot_in_progress',
  'wait_for_launch', 'not_responding', 'saving_state', 'restoring_state']);

export const isRunning = (vm: Entity) => RUNNING.has(vm.status?.state);
export const isDown = (vm: Entity) => vm.status?.state === 'down';

const BY_STATE: Record<string, string[]> = {
  down: ['start', 'export', 'clone', 'preview_snapshot', 'commit_snapshot', 'undo_snapshot', 'maintenance'],
  suspended: ['start', 'stop'],
  paused: ['start', 'stop', 'shutdown', 'ticket', 'migrate'],
  up: ['stop', 'shutdown', 'suspend', 'reboot', 'migrate', 'ticket', 'logon', 'freezefilesystems', 'thawfilesystems'],
  powering_up: ['stop', 'shutdown', 'ticket'],
  wait_for_launch: ['stop'],
  powering_down: ['stop', 'ticket'],
  reboot_in_progress: ['stop', 'shutdown', 'ticket'],
  migrating: ['cancelmigration', 'stop', 'ticket'],
  not_responding: ['stop'],
  saving_state: [],
  restoring_state: ['stop'],
  image_locked: [],
};

export function vmActions(vm: Entity): string[] {
  const list = [...(BY_STATE[vm.status?.state] ?? [])];
  if (vm.vmpool?.id) list.push('detach');
  return list;
}

registerActions('vms', vmActions);
registerActions('vms/nics', (nic) => (nic.plugged === false ? ['activate'] : ['deactivate']));
registerActions('vms/disks', (disk) => (disk.active === false ? ['activate', 'export', 'move'] : ['deactivate', 'export', 'move']));
registerActions('vms/snapshots', () => ['restore']);
