// guide 14.8 (host actions) and 14.6 (removal); required parameters from the RSDL (`fence_type`, `iscsi.address`,
// `iscsi.target`). States follow the engine's host status rules: maintenance before install/upgrade/removal.
import { choice, flag, int, ref, secret, text } from './params';
import type { ActionTable } from './types';

const PROBLEM = ['non_responsive', 'non_operational', 'install_failed', 'error'];

export const hosts: ActionTable = {
  segment: 'hosts',
  actions: [
    { name: 'activate', label: 'Activate', when: ['maintenance', ...PROBLEM, 'down'], bulk: true,
      help: 'guide 14.8.2: return the host from maintenance to the up state.' },
    { name: 'deactivate', label: 'Maintenance', when: ['up', ...PROBLEM], bulk: true,
      params: [text('reason', 'Reason', 'Why the host goes to maintenance (shown in the events).')],
      help: 'guide 14.8.5: move the host to maintenance; its virtual machines migrate away first.' },
    { name: 'approve', label: 'Approve', when: ['pending_approval'], bulk: true,
      params: [ref('cluster', 'Cluster', 'clusters', 'The cluster the approved host joins.')],
      help: 'guide 14.2: approve a host that registered itself.' },
    { name: 'install', label: 'Reinstall', when: ['maintenance', 'install_failed', 'non_operational'],
      params: [
        secret('root_password', 'Root password', 'The root password for the installation (not needed with SSH public key).'),
        text('image', 'Image', 'An oVirt Node ISO image file to install from.'),
        flag('host.override_iptables', 'Configure firewall', 'Let the engine configure the host firewall.'),
        int('ssh.port', 'SSH port', 'The SSH port.', { max: 65535 }),
        text('ssh.fingerprint', 'SSH fingerprint', 'The expected SSH host key fingerprint.'),
      ],
      help: 'guide 14.8.1: install VDSM and its dependencies on the host again.' },
    { name: 'upgrade', label: 'Upgrade', when: ['maintenance'],
      params: [text('image', 'Image', 'The oVirt Node ISO image to upgrade to.')],
      help: 'guide 14.2: upgrade the host packages (oVirt Node: from an image).' },
    { name: 'fence', label: 'Power management', confirm: 'confirm',
      params: [choice('fence_type', 'Operation', 'fence_types',
        'guide 14.8.4: status, start, stop, restart, or manual (confirm the host has been rebooted).', true)],
      help: 'guide 14.8.4: run the fence agent on the host.' },
    { name: 'commitnetconfig', label: 'Save network configuration', bulk: true,
      help: 'guide 14.8.8: persist the network configuration so it survives a reboot.' },
    { name: 'refresh', label: 'Refresh capabilities', bulk: true, help: 'guide 14.2: refresh the host capabilities.' },
    { name: 'iscsidiscover', label: 'Discover iSCSI targets',
      params: [text('iscsi.address', 'Address', 'The iSCSI portal address.', true), int('iscsi.port', 'Port', 'The iSCSI portal port (3260).', { max: 65535 })],
      help: 'guide 14.8.7: list the targets an iSCSI portal offers.' },
    { name: 'iscsilogin', label: 'Log in to iSCSI target',
      params: [
        text('iscsi.address', 'Address', 'The iSCSI portal address.', true),
        text('iscsi.target', 'Target', 'The target IQN.', true),
        int('iscsi.port', 'Port', 'The iSCSI portal port (3260).', { max: 65535 }),
        text('iscsi.username', 'CHAP user', 'The CHAP user name, if required.'),
        secret('iscsi.password', 'CHAP password', 'The CHAP password.'),
      ],
      help: 'guide 14.8.6: log the host in to an iSCSI target.' },
    { name: 'forceselectspm', label: 'Select as SPM', when: ['up'], confirm: 'typeName',
      help: 'guide 14.8.9: force this host to become the storage pool manager.' },
    { name: 'enrollcertificate', label: 'Enroll certificate', when: ['maintenance'], help: 'guide 14.2: enroll a new certificate for the host.' },
    { name: 'unregisteredstoragedomainsdiscover', label: 'Discover unregistered storage domains', when: ['up'],
      params: [text('iscsi.address', 'iSCSI address', 'For iSCSI: the portal address to discover on.')],
      help: 'guide 12.8.1: find storage domains that exist on storage but are unknown to the engine.' },
  ],
  remove: { when: ['maintenance', 'non_responsive', 'install_failed', 'down', 'non_operational'] },
};
