// Write rules for a VM's devices (guide 15.6): NICs, disks, snapshots, CD-ROMs, watchdogs, NUMA nodes and
// tags, with the engine's texts (recorded ovirt-3.3-faults/VirtualMachine_ITC0503*, ITC0504*).
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import { newId } from '../writes/ids';
import { registerRules } from '../writes/rules';
import { vmEventer } from './lifecycle';
import { isDown, isRunning } from './states';
import { runChain } from './transitions';
import { represent } from '../represent';
import { xml } from '../respond';
import { trackCreation, waitsForCreation } from '../writes/creation';
import type { EngineResponse } from '../types';
import { configOf, findSnapshot, snapshotDisks } from './snapshotSource';

export const DISK_LOCK_MS = 2000;
export const SNAPSHOT_MS = 3000;
const NIC_NAME = /^[\w.-]+$/;
const MAC = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i;
const badRequest = (detail: string) => new EngineFault(400, 'Operation Failed', `[${detail}]`);

function macInUse(ctx: Ctx, address: string, exceptId?: string): boolean {
  for (const [key, coll] of ctx.store.collections) {
    if (!/^vms\/[^/]+\/nics$/.test(key)) continue;
    for (const n of coll.values()) if (n.id !== exceptId && n.mac?.address?.toLowerCase() === address.toLowerCase()) return true;
  }
  return false;
}

function nextMac(ctx: Ctx): string {
  const meta = ctx.store.get('_meta', 'mac') ?? ctx.store.put('_meta', { id: 'mac', last: 0x1a4a16e000 });
  let address: string;
  do address = (meta.last++).toString(16).padStart(12, '0').replace(/(..)(?!$)/g, '$1:');
  while (macInUse(ctx, address));
  return address;
}

function validateNic(ctx: Ctx, nic: Record<string, any>, id?: string) {
  if (nic.name !== undefined && !NIC_NAME.test(nic.name)) throw badRequest('Name must be formed of alphanumeric characters, numbers or "-_.".');
  const mac = nic.mac?.address;
  if (mac !== undefined) {
    if (!MAC.test(mac)) throw badRequest('MAC address must be in format "HH:HH:HH:HH:HH:HH" where H is a hexadecimal character (either a digit or A-F, case is insignificant).');
    if (macInUse(ctx, mac, id)) throw operationFailed('MAC Address is already in use.');
  }
}

const dupNic = { add: [409, 'Network interface is already in use.'], edit: [409, 'Network interface is already in use.'] } as const;

registerRules('vms/nics', {
  dupName: { add: [...dupNic.add], edit: [...dupNic.edit] },
  prepare(ctx, body) {
    validateNic(ctx, body);
    return { interface: 'virtio', linked: true, plugged: true, ...body, id: newId(ctx), mac: { address: body.mac?.address ?? nextMac(ctx) } };
  },
  canUpdate: (ctx, nic, body) => validateNic(ctx, body, nic.id),
  canRemove(_ctx, nic, vm) {
    if (vm && isRunning(vm) && nic.plugged !== false) {
      throw operationFailed('Cannot remove Interface. The VM Network Interface is plugged to a running VM.');
    }
  },
  event(kind, nic, ctx, vm) {
    const code = { add: AUDIT.NETWORK_ADD_VM_INTERFACE, update: AUDIT.NETWORK_UPDATE_VM_INTERFACE, remove: AUDIT.NETWORK_REMOVE_VM_INTERFACE }[kind];
    const verb = { add: 'added to', update: 'updated for', remove: 'removed from' }[kind];
    // NETWORK_UPDATE_VM_INTERFACE's ${LinkState}: NETWORK_UPDATE_VM_INTERFACE_LINK_UP / _LINK_DOWN
    const link = kind === 'update' ? ` Link State is ${nic.linked === false || nic.linked === 'false' ? 'DOWN' : 'UP'}.` : '';
    return { code, description: `Interface ${nic.name} (${nic.interface}) was ${verb} VM ${vm?.name}.${link} (User: ${userName(ctx.user)})`, refs: { vm: vm!.id } };
  },
});

function findDisk(ctx: Ctx, id: string): Entity | undefined {
  const floating = ctx.store.get('disks', id);
  if (floating) return floating;
  for (const [key, coll] of ctx.store.collections) if (/^vms\/[^/]+\/disks$/.test(key) && coll.has(id)) return coll.get(id);
  return undefined;
}

for (const owner of ['templates', 'instancetypes']) registerRules(`${owner}/nics`, {
  dupName: { add: [...dupNic.add], edit: [...dupNic.edit] },
  prepare(ctx, body) {
    validateNic(ctx, body);
    return { interface: 'virtio', linked: true, plugged: true, ...body, id: newId(ctx) };
  },
  canUpdate: (ctx, nic, body) => validateNic(ctx, body, nic.id),
});

const ALIAS = /^[\w.-]+$/;
const NOT_DOWN = 'At least one of the VMs is not down.';

registerRules('vms/disks', {
  prepare(ctx, body, vm) {
    // POST with just an id attaches an existing (floating or shareable) disk (guide 15.6.2).
    if (body.id === undefined && body.provisioned_size === undefined && body.size === undefined) {
      throw new EngineFault(400, 'Incomplete parameters', 'Disk [provisioned_size|size] required for add');
    }
    if (body.alias !== undefined && !ALIAS.test(body.alias)) throw badRequest('Disk alias name must be formed of alpha-numeric characters or "-_."');
    const size = body.provisioned_size ?? body.size;
    const disk = { sparse: true, bootable: false, shareable: false, wipe_after_delete: false, propagate_errors: false, active: true,
      read_only: false, storage_type: 'image', format: 'cow', interface: 'virtio', ...body, id: newId(ctx), image_id: newId(ctx),
      alias: body.alias ?? body.name ?? `${vm!.name}_Disk${ctx.store.list(`vms/${vm!.id}/disks`).length + 1}`,
      provisioned_size: size, size, actual_size: 0, status: { state: 'locked' } };
    return disk;
  },
  afterCreate(ctx, disk, href, vm) {
    const emit = vmEventer(ctx);
    emit(AUDIT.USER_ADD_DISK_TO_VM, `Add-Disk operation of ${disk.alias} was initiated on VM ${vm!.name} by ${userName(ctx.user)}.`, vm!);
    return asyncDevice(ctx, `vms/${vm!.id}/disks`, 'disk', disk, href, DISK_LOCK_MS, (d) => {
      d.status = { state: 'ok' };
      emit(AUDIT.USER_ADD_DISK_TO_VM_FINISHED_SUCCESS, `The disk ${d.alias} was successfully added to VM ${vm!.name}.`, vm!);
    });
  },
  canUpdate(_ctx, disk, body, vm) {
    // guide 15.6.1.1: "Users can resize virtual disks that are in use by one or more virtual machines, without
    // pausing, hibernating or rebooting" them; a disk only grows (ovirt-engine's
    // ACTION_TYPE_FAILED_REQUESTED_DISK_SIZE_IS_TOO_SMALL). `size` is the deprecated spelling of `provisioned_size`.
    const size = body.provisioned_size ?? body.size;
    if (size !== undefined && Number(size) < Number(disk.provisioned_size ?? disk.size)) {
      throw operationFailed('Cannot edit Virtual Machine Disk. New disk size cannot be smaller than the current.');
    }
    const live = ['alias', 'name', 'description', 'bootable', 'active', 'provisioned_size', 'size'];
    const onlyHarmless = Object.keys(body).every((k) => live.includes(k));
    if (vm && !isDown(vm) && !onlyHarmless) throw operationFailed(`Cannot edit Virtual Machine Disk. ${NOT_DOWN}`);
  },
  afterUpdate(ctx, disk, before, vm) {
    const grown = Number(disk.provisioned_size) !== Number(before.provisioned_size) ? disk.provisioned_size
      : Number(disk.size) !== Number(before.size) ? disk.size : undefined;
    if (grown === undefined) return;
    disk.provisioned_size = grown;
    disk.size = grown;
    vmEventer(ctx)(AUDIT.USER_EXTEND_DISK_SIZE_SUCCESS,
      `Size of the disk '${disk.alias}' was successfully updated to ${Math.round(Number(grown) / 1024 ** 3)} GB by ${userName(ctx.user)}.`, vm!);
  },
  canRemove(_ctx, _disk, vm, body) {
    if (vm && !isDown(vm) && body?.detach !== true) throw operationFailed(`Cannot remove Virtual Machine Disk. ${NOT_DOWN}`);
  },
  remove(ctx, disk, vm, body) {
    ctx.store.remove(`vms/${vm!.id}/disks`, disk.id);
    // A snapshot's disk attached for a backup (guide 8.1 step 6) leaves the backup VM only; the snapshot keeps it.
    if (disk.snapshot?.id) return;
    // `<action><detach>true</detach></action>` keeps the disk as a floating one (guide 15.6.2).
    if (body.detach === true) ctx.store.put('disks', { ...disk, active: undefined });
  },
});

/** guide 7.3.11: disks and snapshots are created asynchronously: 202 with creation_status (201 with `Expect: 201-created`). */
function asyncDevice(ctx: Ctx, key: string, item: string, e: Entity, href: string, ms: number, done: (e: Entity) => void): EngineResponse {
  const path = key.replace(/\/[^/]+\//, '/');
  if (waitsForCreation(ctx)) {
    done(e);
    return xml(201, item, represent(e, href, ctx.base, path), { Location: href });
  }
  trackCreation(ctx, key, e, href, ms, done);
  return xml(202, item, represent(e, href, ctx.base, path), { Location: href });
}

/** Attach by id: handled before `prepare`, because the disk keeps its identity. */
export function attachExistingDisk(ctx: Ctx, vm: Entity, id: string): Entity | undefined {
  const disk = findDisk(ctx, id);
  if (!disk) return undefined;
  ctx.store.remove('disks', id);
  const attached = { ...disk, active: disk.active ?? true };
  return ctx.store.put(`vms/${vm.id}/disks`, attached);
}

/**
 * guide 8.1 step 4: `<disk id="D"><snapshot id="S"/></disk>` posted to a backup VM attaches the snapshot's copy of
 * disk D to it; the source VM keeps its own disk. The attached disk carries `<snapshot id>` and is removed from the
 * backup VM alone when detached (step 6).
 */
export function attachSnapshotDisk(ctx: Ctx, vm: Entity, diskId: string, snapshotId: string, active?: boolean): Entity {
  const found = findSnapshot(ctx, snapshotId);
  if (!found) throw new EngineFault(400, 'Operation Failed', `Entity not found: Snapshot: id=${snapshotId}`);
  if (found.vmId === vm.id) throw operationFailed('Cannot attach Virtual Machine Disk. The snapshot belongs to the same VM.');
  const disk = snapshotDisks(ctx, found.snap, found.vmId).find((d) => d.id === diskId);
  if (!disk) throw new EngineFault(400, 'Operation Failed', `Entity not found: Disk: id=${diskId}`);
  if (ctx.store.get(`vms/${vm.id}/disks`, diskId)) throw operationFailed('Cannot attach Virtual Machine Disk. The disk is already attached to VM.');
  const { _disks, _nics, ...copy } = structuredClone(disk);
  void _disks; void _nics;
  return ctx.store.put(`vms/${vm.id}/disks`, { ...copy, status: { state: 'ok' }, active: active ?? true, bootable: false,
    snapshot: { id: snapshotId } });
}

registerRules('vms/snapshots', {
  prepare(ctx, body, vm) {
    return { type: 'regular', persist_memorystate: false, ...body, id: newId(ctx), date: new Date(ctx.now()).toISOString(),
      snapshot_status: 'locked', vm: { id: vm!.id } };
  },
  afterCreate(ctx, snap, href, vm) {
    const emit = vmEventer(ctx);
    emit(AUDIT.USER_CREATE_SNAPSHOT, `Snapshot '${snap.description}' creation for VM '${vm!.name}' was initiated by ${userName(ctx.user)}.`, vm!);
    // The snapshot keeps the disks and NICs as they are now (…/snapshots/{id}/disks).
    snap._disks = ctx.store.list(`vms/${vm!.id}/disks`).map((d) => ({ ...d, status: { state: 'ok' } }));
    snap._nics = ctx.store.list(`vms/${vm!.id}/nics`).map((n) => ({ ...n }));
    snap._config = configOf(vm!);
    return asyncDevice(ctx, `vms/${vm!.id}/snapshots`, 'snapshot', snap, href, SNAPSHOT_MS, (s) => {
      s.snapshot_status = 'ok';
      emit(AUDIT.USER_CREATE_SNAPSHOT_FINISHED_SUCCESS, `Snapshot '${s.description}' creation for VM '${vm!.name}' has been completed.`, vm!);
    });
  },
  canRemove(_ctx, snap) {
    if (snap.type === 'active') throw operationFailed('Cannot remove Snapshot. Removing the VM active Snapshot is not allowed.');
    if (snap.snapshot_status === 'locked') throw operationFailed('Cannot remove Snapshot. The VM is performing an operation on a Snapshot. Please wait for the operation to finish, and try again.');
  },
  remove(ctx, snap, vm) {
    snap.snapshot_status = 'locked';
    runChain(ctx, `vms/${vm!.id}/snapshots`, snap.id, [[SNAPSHOT_MS, (s) => { ctx.store.remove(`vms/${vm!.id}/snapshots`, s.id); }]]);
  },
});

registerRules('vms/watchdogs', { prepare: (ctx, body) => ({ model: 'i6300esb', action: 'none', ...body, id: newId(ctx) }) });
registerRules('vms/numanodes', { prepare: (ctx, body, vm) => ({ ...body, id: newId(ctx), vm: { id: vm!.id } }) });
registerRules('vms/cdroms', { prepare: (ctx, body) => ({ ...body, id: newId(ctx) }) });
