// guide 15.7: ticket (console password; stored so the console proxy or a test can compare), logon,
// freezefilesystems/thawfilesystems. A ticket opens a console session listed under vms/{id}/sessions, unless
// the display is one the host serves, whose sessions follow the real connections.
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { operationFailed } from '../faults';
import type { Entity } from '../types';
import { newId, newToken } from '../writes/ids';
import { servedDisplays } from '../vmDisplay';
import { vmEventer } from './lifecycle';

const CONSOLE_STATES = ['up', 'powering_up', 'paused', 'reboot_in_progress', 'migrating', 'powering_down'];
export const DEFAULT_TICKET_EXPIRY = 120;

export function ticket(ctx: Ctx, vm: Entity, action: Record<string, any>) {
  if (!CONSOLE_STATES.includes(vm.status?.state)) throw operationFailed('Cannot set Virtual Machine Ticket. VM is not running.');
  // A headless VM (its graphics console removed) has no display to take a ticket.
  if (!vm.display?.type) throw operationFailed('Cannot set Virtual Machine Ticket. The VM has no graphics console.');
  const value = action.ticket?.value || newToken(ctx);
  const expiry = Number(action.ticket?.expiry ?? DEFAULT_TICKET_EXPIRY);
  ctx.store.put('_tickets', { id: vm.id, value, expiry, expires_at: ctx.now() + expiry * 1000, user: ctx.user.id });
  const sessions = ctx.store.coll(`vms/${vm.id}/sessions`);
  // A display the host really serves lists its console users while they are connected (consoleDisplays.ts).
  const served = vm.display?.type === 'vnc' && vm.display.address === servedDisplays(ctx.store)?.address;
  if (!served && ![...sessions.values()].some((s) => s.console_user && s.user?.id === ctx.user.id)) {
    ctx.store.put(`vms/${vm.id}/sessions`, {
      id: newId(ctx), console_user: true, user: { id: ctx.user.id, user_name: userName(ctx.user) },
      protocol: vm.display?.type ?? 'spice', ip: { address: '192.0.2.10' }, vm: { id: vm.id },
    });
  }
  vmEventer(ctx)(AUDIT.VM_SET_TICKET, `User ${userName(ctx.user)} initiated console session for VM ${vm.name}`, vm);
  return { ticket: { value, expiry } };
}

/** The stored console ticket of a VM, if still valid (for the console proxy and tests). */
export function validTicket(ctx: Pick<Ctx, 'store' | 'now'>, vmId: string): string | undefined {
  const t = ctx.store.get('_tickets', vmId);
  return t && t.expires_at > ctx.now() ? t.value : undefined;
}

export function logon(ctx: Ctx, vm: Entity) {
  if (vm.status?.state !== 'up') throw operationFailed('Cannot log on VM. VM is not running.');
  ctx.store.put(`vms/${vm.id}/sessions`, {
    id: newId(ctx), console_user: false, user: { id: ctx.user.id, user_name: userName(ctx.user) }, protocol: 'guest_agent', vm: { id: vm.id },
  });
}

export function freeze(ctx: Ctx, vm: Entity) {
  if (vm.status?.state !== 'up') throw operationFailed('Cannot freeze guest filesystems. VM is not running.');
  vmEventer(ctx)(10002, `Guest filesystems on VM ${vm.name} have been frozen successfully.`, vm);
}

export function thaw(ctx: Ctx, vm: Entity) {
  if (vm.status?.state !== 'up') throw operationFailed('Cannot thaw guest filesystems. VM is not running.');
  vmEventer(ctx)(10003, `Guest filesystems on VM ${vm.name} have been thawed successfully.`, vm);
}
