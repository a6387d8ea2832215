// What the guest agent of a running VM reports (guide 15.6.11 applications, 15.6.12 reported devices):
// nothing while the VM is down; the installed applications of its OS family and its NICs with addresses.
import type { Ctx } from '../context';
import type { Entity } from '../types';
import { isRunning } from '../vms/states';
import { registerView } from './registry';

const APPS: Record<string, string[]> = {
  windows: ['QEMU guest agent', 'oVirt Guest Tools 4.3-10', 'VirtIO-Win drivers 0.1.171'],
  linux: ['kernel-4.18.0-305.el8', 'qemu-guest-agent-4.2.0-48.el8', 'ovirt-guest-agent-common-1.0.16-1.el8', 'cloud-init-20.3-10.el8'],
};

const stableId = (vmId: string, n: number) => `${vmId.slice(0, 24)}${n.toString(16).padStart(12, '0')}`;
const agentUp = (vm: Entity) => isRunning(vm) && !['wait_for_launch', 'powering_up'].includes(vm.status?.state);

registerView('vms/applications', {
  list: (_ctx, vm) => (agentUp(vm) ? APPS[String(vm.os?.type).startsWith('windows') ? 'windows' : 'linux'] : [])
    .map((name, i) => ({ id: stableId(vm.id, i + 1), name, vm: { id: vm.id } })),
});

registerView('vms/reporteddevices', {
  list: (ctx: Ctx, vm) => (agentUp(vm) ? ctx.store.list(`vms/${vm.id}/nics`).filter((n) => n.plugged !== false) : [])
    .map((nic, i) => ({ id: stableId(vm.id, 0x100 + i), name: `eth${i}`, description: 'guest reported data', type: 'network',
      mac: { address: nic.mac?.address }, ips: { ip: [{ address: `10.0.${parseInt(vm.id.slice(0, 2), 16)}.${10 + i}`, version: 'v4' }] }, vm: { id: vm.id } })),
});
