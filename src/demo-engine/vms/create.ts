// POST /vms (guide 15.5, 7.3.11): a VM from a template (name, cluster, template required, RSDL). The new
// VM takes the template's settings, copies of its disks and NICs, and a CD-ROM; it is image_locked with
// creation_status pending and answers 202, then becomes down and complete on the engine clock.
// With `<snapshots><snapshot id=…/></snapshots>` (guide 15.6.5.2) it is a clone of that snapshot instead.
// `Expect: 201-created` waits for the copy and answers 201 (recorded: rhevm-3.1-create-destroy/024).
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { representTop } from '../represent';
import { xml } from '../respond';
import type { Entity, EngineResponse } from '../types';
import { newId } from '../writes/ids';
import { clone } from '../writes/merge';
import { EngineFault, operationFailed } from '../faults';
import { configOf, findSnapshot, snapshotConfig, snapshotDisks, snapshotNics } from './snapshotSource';
import { vmEventer } from './lifecycle';
import { runChain, setState } from './transitions';
import { waitsForCreation } from '../writes/creation';
import { inheritConsole } from './graphicsConsoles';

export const CREATION_MS = 3000;

/** guide 15.6.5.2: `<snapshots><snapshot id=…/></snapshots>` in the body names the snapshot a VM is cloned from. */
function sourceSnapshot(ctx: Ctx, body: Record<string, any>) {
  const id = body.snapshots?.snapshot?.[0]?.id ?? body.snapshots?.snapshot?.id;
  if (id === undefined) return undefined;
  const found = findSnapshot(ctx, id);
  if (!found) throw new EngineFault(400, 'Operation Failed', `Entity not found: Snapshot: id=${id}`);
  if (found.snap.snapshot_status === 'locked') throw operationFailed('Cannot add VM. The VM is performing an operation on a Snapshot. Please wait for the operation to finish, and try again.');
  return found;
}

export function prepareVm(ctx: Ctx, body: Record<string, any>): Entity {
  const fromSnapshot = sourceSnapshot(ctx, body);
  // A clone takes the configuration the snapshot kept, not the (Blank) template's.
  const base = fromSnapshot ? snapshotConfig(ctx, fromSnapshot.snap, fromSnapshot.vmId)
    : configOf(ctx.store.get('templates', body.template?.id) ?? {});
  if (base.memory && !base.memory_policy) base.memory_policy = { guaranteed: base.memory };
  // `<disks>` maps the template's disks onto storage domains and formats (BackendVmsResource.add → getDisksToClone):
  // it says where the copies go and is no element of the new VM, so it is kept aside until they are made.
  const { snapshots: _ignored, disks: mapping, ...rest } = body;
  void _ignored;
  const diskMapping = [mapping?.disk ?? []].flat().filter((d: Entity) => d && d.id);
  return {
    ...base, ...rest, id: newId(ctx), status: { state: 'image_locked' },
    creation_time: new Date(ctx.now()).toISOString(), template: { id: body.template?.id }, cluster: { id: body.cluster?.id },
    ...(fromSnapshot ? { _fromSnapshot: { id: fromSnapshot.snap.id, vm: fromSnapshot.vmId } } : {}),
    ...(diskMapping.length ? { _diskMapping: diskMapping } : {}),
  };
}

/** What a `<disks>` mapping entry may change on the copy of the template disk it names. */
function mapped(entry: Entity | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['storage_domains', 'format', 'sparse', 'alias', 'name', 'disk_profile']) if (entry?.[k] !== undefined) out[k] = entry[k];
  if (out.alias !== undefined && out.name === undefined) out.name = out.alias;
  return out;
}

/**
 * Copies disks and NICs onto `vm` (new ids, image ids and MACs, disks locked), gives it a CD-ROM and its
 * "Active VM" snapshot (every VM has one: the engine's `snapshots` of a new VM lists it).
 */
function copyDeviceList(ctx: Ctx, vm: Entity, disks: Entity[], nics: Entity[], prefixAliases: boolean, mapping: Entity[] = []): void {
  for (const d of disks) {
    const { snapshot: _s, ...disk } = clone(d);
    void _s;
    ctx.store.put(`vms/${vm.id}/disks`, { ...disk, id: newId(ctx), image_id: newId(ctx), status: { state: 'locked' },
      ...(prefixAliases ? { alias: `${vm.name}_${d.alias ?? d.name ?? 'Disk1'}`, name: `${vm.name}_${d.name ?? 'Disk1'}` } : {}),
      ...mapped(mapping.find((m) => m.id === d.id)) });
  }
  if (!ctx.store.list(`vms/${vm.id}/snapshots`).some((x) => x.type === 'active')) {
    ctx.store.put(`vms/${vm.id}/snapshots`, { id: newId(ctx), description: 'Active VM', type: 'active', date: new Date(ctx.now()).toISOString(),
      snapshot_status: 'ok', persist_memorystate: false });
  }
  let mac = parseInt(vm.id.replace(/-/g, '').slice(0, 6), 16);
  for (const n of nics) {
    const address = `00:1a:4a:${[(mac >> 16) & 255, (mac >> 8) & 255, mac++ & 255].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
    ctx.store.put(`vms/${vm.id}/nics`, { ...clone(n), id: newId(ctx), mac: { address }, plugged: true, linked: true });
  }
  if (!ctx.store.list(`vms/${vm.id}/cdroms`).length) ctx.store.put(`vms/${vm.id}/cdroms`, { id: '00000000-0000-0000-0000-000000000000' });
}

/** Copies the template's (or source VM's) disks and NICs onto `vm` and gives it a CD-ROM. */
export function copyDevices(ctx: Ctx, vm: Entity, fromKey: string, mapping?: Entity[]): void {
  copyDeviceList(ctx, vm, ctx.store.list(`${fromKey}/disks`), ctx.store.list(`${fromKey}/nics`), true, mapping);
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
  // With no image to copy the engine's AddVm has no async task, so the VM is down at once and the answer is
  // 201 with it (AbstractBackendCollectionResource.performCreate: 202 only `if (createResult.getHasAsyncTasks())`).
  if (waitForIt || !ctx.store.list(`vms/${vm.id}/disks`).length) {
    complete(vm);
    return xml(201, 'vm', representTop('vms', vm, ctx.base), { Location: href });
  }
  runChain(ctx, 'vms', vm.id, [[CREATION_MS, complete]]);
  return xml(202, 'vm', representTop('vms', vm, ctx.base), { Location: href });
}

export function afterCreateVm(ctx: Ctx, vm: Entity, href: string): EngineResponse {
  const from = vm._fromSnapshot as { id: string; vm: string } | undefined;
  const snap = from ? ctx.store.get(`vms/${from.vm}/snapshots`, from.id) : undefined;
  const mapping = vm._diskMapping as Entity[] | undefined;
  delete vm._fromSnapshot;
  delete vm._diskMapping;
  // guide 15.6.5.2: a clone gets copies of the snapshot's disks (their aliases kept) and NICs.
  if (from && snap) copyDeviceList(ctx, vm, snapshotDisks(ctx, snap, from.vm), snapshotNics(ctx, snap, from.vm), false);
  else copyDevices(ctx, vm, `templates/${vm.template.id}`, mapping);
  // The template's graphics devices come with it (AddVmCommand copies its devices), unless the request names a display.
  if (!vm.display?.type) inheritConsole(vm, ctx.store.get('templates', vm.template?.id ?? ''));
  vmEventer(ctx)(AUDIT.USER_ADD_VM, `VM ${vm.name} was created by ${userName(ctx.user)}.`, vm);
  return finishCreation(ctx, vm, href, waitsForCreation(ctx));
}

/** GET …/creation_status/{id} (guide 7.3.11): `<creation>` with its status. */
export function creationStatus(ctx: Ctx, id: string): EngineResponse | undefined {
  const rec = ctx.store.get('_creations', id);
  if (!rec || rec.href !== `${ctx.base}/${ctx.url.segments.join('/')}`) return undefined;
  return xml(200, 'creation', { id: rec.id, href: rec.href, status: { state: rec.state } });
}
