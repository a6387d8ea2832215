// VM status → allowed actions (guide 15.7; the states as ovirt-web-ui's canStart/canShutdown/... rules and the
// engine's own action links). The engine still has the last word: a refused action shows its fault in the dialog.
import type { ElementDef } from '../types';
import type { ActionTable } from './types';

const G = 'Action';

/** States in which a console ticket can be set (the VM has a running qemu with a display). */
export const CONSOLE_STATES = ['up', 'powering_up', 'paused', 'reboot_in_progress', 'migrating', 'powering_down'] as const;

/** Transitional states: the VM page polls while the VM is in one of them (the engine moves it on by itself). */
export const VM_TRANSITIONAL_STATES = [
  'wait_for_launch', 'powering_up', 'powering_down', 'migrating', 'saving_state', 'restoring_state', 'image_locked',
  'reboot_in_progress', 'not_responding', 'unknown',
] as const;

const RUNNING = ['up', 'powering_up', 'powering_down', 'paused', 'migrating', 'reboot_in_progress', 'wait_for_launch',
  'not_responding', 'saving_state', 'restoring_state'] as const;

const force: ElementDef = { path: 'force', label: 'Force', type: 'boolean', group: G,
  help: 'guide 15.7.13: remove a faulty virtual machine even when the engine would refuse.' };

export const vms: ActionTable = {
  segment: 'vms',
  actions: [
    { name: 'start', label: 'Start', when: ['down', 'suspended', 'paused'], bulk: true,
      help: 'guide 15.7.1: launch a stopped, shut down or suspended (or resume a paused) virtual machine.' },
    // guide 15.7.1-15.7.2: `start` with a <vm> is the Run Once window (boot devices, CD, cloud-init, stateless ...).
    { name: 'start', key: 'runonce', label: 'Run once', when: ['down'],
      help: 'Start once with settings that last until the virtual machine stops.' },
    { name: 'stop', label: 'Power off', when: [...RUNNING, 'suspended'], confirm: 'confirm', bulk: true,
      help: 'guide 15.7.3: power off at once, like pulling the plug. Unsaved work in the guest is lost.' },
    { name: 'shutdown', label: 'Shut down', when: ['up', 'powering_up', 'reboot_in_progress', 'paused', 'migrating'], confirm: 'confirm', bulk: true,
      help: 'guide 15.7.4: ask the guest operating system to shut down.' },
    { name: 'suspend', label: 'Suspend', when: ['up'], confirm: 'confirm', bulk: true,
      help: 'guide 15.7.5: save the memory state to disk and stop; Start restores it.' },
    { name: 'reboot', label: 'Reboot', when: ['up'], confirm: 'confirm', bulk: true,
      help: 'guide 15.7.6: ask the guest operating system to reboot.' },
    { name: 'migrate', label: 'Migrate', when: ['up'],
      params: [
        { path: 'host', label: 'Destination host', type: 'ref', ref: 'hosts', group: G,
          help: 'guide 15.7.9: empty lets the engine choose a host.' },
        { path: 'force', label: 'Force', type: 'boolean', group: G, help: 'Migrate even if the VM is marked non-migratable.' },
      ],
      help: 'guide 15.7.9: move the running virtual machine to another host.' },
    { name: 'cancelmigration', label: 'Cancel migration', when: ['migrating'], confirm: 'confirm',
      help: 'guide 15.7.10: stop the migration; the VM stays on its source host.' },
    { name: 'ticket', label: 'Console ticket', when: [...CONSOLE_STATES],
      params: [{ path: 'ticket.expiry', label: 'Valid for', type: 'int', unit: 'seconds', min: 1, group: G,
        help: 'guide 15.7.12: how long the console password is valid.' }],
      help: 'guide 15.7.12: a time-limited password for the VM\'s console.' },
    { name: 'export', label: 'Export', when: ['down'],
      params: [
        { path: 'storage_domain', label: 'Export domain', type: 'ref', ref: 'storagedomains', required: true, group: G,
          help: 'guide 15.7.11: an export storage domain.' },
        { path: 'exclusive', label: 'Overwrite', type: 'boolean', group: G, help: 'Replace a VM of the same name in the export domain.' },
        { path: 'discard_snapshots', label: 'Collapse snapshots', type: 'boolean', group: G, help: 'Do not export the snapshots.' },
      ],
      help: 'guide 15.7.11: copy the virtual machine to an export domain.' },
    { name: 'detach', label: 'Detach from pool', onlyIf: 'vmpool.id', confirm: 'confirm',
      help: 'guide 15.7.8: the virtual machine leaves its pool and becomes a stand-alone VM.' },
    { name: 'logon', label: 'Log on', when: ['up'],
      help: 'guide 15.7.7: log the user on through the guest agent (needs ovirt-guest-agent in the guest).' },
    { name: 'freezefilesystems', label: 'Freeze filesystems', when: ['up'], confirm: 'confirm',
      help: 'guide 15.7.14: freeze the guest filesystems (for a consistent snapshot); thaw them afterwards.' },
    { name: 'thawfilesystems', label: 'Thaw filesystems', when: ['up'],
      help: 'guide 15.7.15: thaw the guest filesystems after a freeze.' },
  ],
  // guide 15.5.3 and 15.7.13: removal of a down VM; `force` for a faulty one. Always confirmed by typing the name.
  remove: { when: ['down'], params: [force] },
};
