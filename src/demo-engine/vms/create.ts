// POST /vms (guide 15.5, 7.3.11): a VM from a template (name, cluster, template required, RSDL). The new
// VM takes the template's settings, copies of its disks and NICs, and a CD-ROM; it is image_locked with
// creation_status pending and answers 202, then becomes down and complete on the engine clock.
// `Expect: 201-created` waits for the copy and answers 201 (recorded: rhevm-3.1-create-destroy/024).
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { representTop } from '../represent';
import { xml } from '../respond';
import type { Entity, EngineResponse } from '../types';
import { newId } from '../writes/ids';
import { clone } from '../writes/merge';
import { vmEventer } from './lifecycle';
import { runChain, setState } from './transitions';

export const CREATION_MS = 3000;
const FROM_TEMPLATE = ['memory', 'cpu', 'cpu_shares', 'os', 'display', 'type', 'stateless', 'usb', 'bios', 'high_availability',
  'timezone', 'origin', 'sso', 'migration_downtime', 'start_paused', 'memory_policy', 'delete_protected'];

export function prepareVm(ctx: Ctx, body: Record<string, any>): Entity {
  const template: Record<string, any> = ctx.store.get('templates', body.template?.id) ?? {};
  const base: Record<string, any> = {};
  for (const k of FROM_TEMPLATE) if (template[k] !== undefined) base[k] = clone(template[k]);
  if (base.memory && !base.memory_policy) base.memory_policy = { guaranteed: base.memory };
  return {
    ...base, ...body, id: newId(ctx), status: { state: 'image_locked' },
    creation_time: new Date(ctx.now()).toISOString(), template: { id: body.template?.id }, cluster: { id: body.cluster?.id },
  };
}

/** Copies the template's (or source VM's) disks and NICs onto `vm` and gives it a CD-ROM. */
export function copyDevices(ctx: Ctx, vm: Entity, fromKey: string): void {
  for (const d of ctx.store.list(`${fromKey}/disks`)) {
    ctx.store.put(`vms/${vm.id}/disks`, { ...clone(d), id: newId(ctx), image_id: newId(ctx), alias: `${vm.name}_${d.alias ?? d.name ?? 'Disk1'}`,
      name: `${vm.name}_${d.name ?? 'Disk1'}`, status: { state: 'locked' } });
  }
  let mac = parseInt(vm.id.replace(/-/g, '').slice(0, 6), 16);
  for (const n of ctx.store.list(`${fromKey}/nics`)) {
    const address = `00:1a:4a:${[(mac >> 16) & 255, (mac >> 8) & 255, mac++ & 255].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
    ctx.store.put(`vms/${vm.id}/nics`, { ...clone(n), id: newId(ctx), mac: { address }, plugged: true, linked: true });
  }
  if (!ctx.store.list(`vms/${vm.id}/cdroms`).length) ctx.store.put(`vms/${vm.id}/cdroms`, { id: '00000000-0000-0000-0000-000000000000' });
}

/** Runs the image copy: pending → complete, disks locked → ok, VM image_locked → down. */
export function finishCreation(ctx: Ctx, vm: Entity, href: string, waitForIt: boolean): EngineResponse {
  const creationId = newId(ctx);
  const emit = vmEventer(ctx);
  ctx.store.put('_creations', { id: creationId, href: `${href}/creation_status/${creationId}`, state: 'pending' });
  vm.creation_status = { state: 'pending' };
  vm.link = [{ rel: 'creation_status', href: `${href}/creation_status/${creationId}` }];
  const complete = (v: Entity) => {
    setState(v, 'down');
    delete v.creation_status;
    delete v.link;
    for (const d of ctx.store.list(`vms/${v.id}/disks`)) d.status = { state: 'ok' };
    ctx.store.get('_creations', creationId)!.state = 'complete';
    emit(AUDIT.USER_ADD_VM_FINISHED_SUCCESS, `VM ${v.name} creation has been completed.`, v);
  };
  if (waitForIt) {
    complete(vm);
    return xml(201, 'vm', representTop('vms', vm, ctx.base), { Location: href });
  }
  runChain(ctx, 'vms', vm.id, [[CREATION_MS, complete]]);
  return xml(202, 'vm', representTop('vms', vm, ctx.base), { Location: href });
}

export function afterCreateVm(ctx: Ctx, vm: Entity, href: string): EngineResponse {
  copyDevices(ctx, vm, `templates/${vm.template.id}`);
  vmEventer(ctx)(AUDIT.USER_ADD_VM, `VM ${vm.name} was created by ${userName(ctx.user)}.`, vm);
  return finishCreation(ctx, vm, href, /201-created/i.test(ctx.req.headers['expect'] ?? ''));
}

/** GET …/creation_status/{id} (guide 7.3.11): `<creation>` with its status. */
export function creationStatus(ctx: Ctx, id: string): EngineResponse | undefined {
  const rec = ctx.store.get('_creations', id);
  if (!rec || rec.href !== `${ctx.base}/${ctx.url.segments.join('/')}`) return undefined;
  return xml(200, 'creation', { id: rec.id, href: rec.href, status: { state: rec.state } });
}
