// What happens to a VM, its host and its devices when it comes up or goes down, and the audit events.
import { AUDIT } from '../audit';
import type { Ctx } from '../context';
import type { Entity } from '../types';
import { vmDisplay } from '../vmDisplay';
import { refreshHostSummaries } from './placement';
import { setState } from './transitions';

export type Severity = 'normal' | 'warning' | 'error' | 'alert';

/** Emits an event about `vm`; called later from scheduled steps, so the correlation id is captured now. */
export function vmEventer(ctx: Ctx) {
  const correlationId = ctx.correlationId;
  return (code: number, description: string, vm: Entity, severity: Severity = 'normal') => {
    const refs: Record<string, string> = { vm: vm.id };
    if (vm.host?.id) refs.host = vm.host.id;
    if (vm.cluster?.id) refs.cluster = vm.cluster.id;
    ctx.emit({ code, severity, description, refs, correlationId });
  };
}

export const hostName = (ctx: Ctx, vm: Entity) => ctx.store.get('hosts', vm.host?.id)?.name ?? 'unknown';

export function placeOn(ctx: Ctx, vm: Entity, host: Entity): void {
  vm.host = { id: host.id };
  // A VM without a graphics console (vms/graphicsConsoles.ts) runs headless: no console address.
  if (vm.display?.type) vm.display = { ...vm.display, ...vmDisplay(vm, host, ctx.store) };
  refreshHostSummaries(ctx.store);
}

export function comeUp(ctx: Ctx, vm: Entity): void {
  setState(vm, 'up');
  refreshHostSummaries(ctx.store);
}

/** Down: the host, console address, run-once CD and console sessions go with the qemu process. */
export function goDown(ctx: Ctx, vm: Entity, reason: string, emit = vmEventer(ctx)): void {
  setState(vm, 'down');
  emit(AUDIT.VM_DOWN, `VM ${vm.name} is down. Exit message: ${reason}`, vm);
  delete vm.host;
  delete vm.start_time;
  vm.stop_time = new Date(ctx.now()).toISOString();
  if (vm.display) {
    delete vm.display.address;
    delete vm.display.port;
    delete vm.display.secure_port;
  }
  for (const cd of ctx.store.list(`vms/${vm.id}/cdroms`)) delete cd._current_file;
  ctx.store.coll(`vms/${vm.id}/sessions`).clear();
  ctx.store.remove('_tickets', vm.id);
  refreshHostSummaries(ctx.store);
}
