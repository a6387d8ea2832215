// Floating disks (guide 14): POST /disks creates a disk on a storage domain, `locked` with a creation
// status until the engine clock says the image is ready; copy and move (14.6) lock the disk meanwhile.
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import { representTop } from '../represent';
import { xml } from '../respond';
import type { Entity } from '../types';
import type { ActionFn } from '../writes/actions';
import { trackCreation, waitsForCreation } from '../writes/creation';
import { newId } from '../writes/ids';
import { clone } from '../writes/merge';
import { registerRules } from '../writes/rules';
import { runChain } from '../vms/transitions';
import { isDown } from '../vms/states';
import { findDiskAnywhere } from './allDisks';
import { exportDisk } from './domains';

export const DISK_MS = 3000;
const ALIAS = /^[\w.-]+$/;

function diskEventer(ctx: Ctx) {
  const correlationId = ctx.correlationId;
  return (code: number, description: string, d: Entity) => ctx.emit({ code, severity: 'normal', description, correlationId,
    refs: { disk: d.id, ...(d.storage_domains?.storage_domain?.[0]?.id ? { storage_domain: d.storage_domains.storage_domain[0].id } : {}) } });
}

function domainOf(ctx: Ctx, ref: Entity | undefined, verb: string): Entity {
  const sd = ref?.id ? ctx.store.get('storagedomains', ref.id) : ctx.store.list('storagedomains').find((d) => d.name === ref?.name);
  if (!sd) throw new EngineFault(400, 'Incomplete parameters', `Disk [storage_domains.storage_domain.id|name] required for ${verb}`);
  if (sd.type !== 'data') throw operationFailed(`Cannot ${verb} Virtual Machine Disk. The target Storage Domain is not a Data Domain.`);
  if (sd.status?.state !== 'active') throw operationFailed(`Cannot ${verb} Virtual Machine Disk. The relevant Storage Domain is inaccessible.\n-Please handle Storage Domain issues and retry the operation.`);
  return sd;
}

registerRules('disks', {
  prepare(ctx, body) {
    const size = body.provisioned_size ?? body.size;
    if (size === undefined && body.lun_storage === undefined) throw new EngineFault(400, 'Incomplete parameters', 'Disk [provisioned_size|size] required for add');
    if (body.alias !== undefined && !ALIAS.test(body.alias)) throw new EngineFault(400, 'Operation Failed', '[Disk alias name must be formed of alpha-numeric characters or "-_."]');
    // guide 16.1: a direct LUN disk lives on a LUN of a storage server, on no storage domain and with no size of its own.
    if (body.lun_storage !== undefined) {
      return { bootable: false, shareable: false, wipe_after_delete: false, propagate_errors: false, read_only: false, interface: 'virtio',
        ...body, storage_type: 'lun', id: newId(ctx), alias: body.alias ?? body.name ?? `lun_disk_${ctx.store.list('disks').length + 1}`,
        status: { state: 'locked' } };
    }
    const sd = domainOf(ctx, body.storage_domains?.storage_domain?.[0] ?? body.storage_domain, 'add');
    return { sparse: true, bootable: false, shareable: false, wipe_after_delete: false, propagate_errors: false, read_only: false,
      storage_type: 'image', format: 'cow', interface: 'virtio', ...body, id: newId(ctx), image_id: newId(ctx),
      alias: body.alias ?? body.name ?? `disk_${ctx.store.list('disks').length + 1}`, provisioned_size: size, size, actual_size: 0,
      storage_domains: { storage_domain: [{ id: sd.id }] }, status: { state: 'locked' } };
  },
  afterCreate(ctx, disk, href) {
    const emit = diskEventer(ctx);
    emit(AUDIT.USER_ADD_DISK, `Add-Disk operation of '${disk.alias}' was initiated by ${userName(ctx.user)}.`, disk);
    const finish = (d: Entity) => {
      d.status = { state: 'ok' };
      emit(AUDIT.USER_ADD_DISK_FINISHED_SUCCESS, `The disk '${d.alias}' was successfully added.`, d);
    };
    if (waitsForCreation(ctx)) {
      finish(disk);
      return xml(201, 'disk', representTop('disks', disk, ctx.base), { Location: href });
    }
    trackCreation(ctx, 'disks', disk, href, DISK_MS, finish);
    return xml(202, 'disk', representTop('disks', disk, ctx.base), { Location: href });
  },
  canRemove(ctx, disk, _parent, body) {
    const named = body?.storage_domain?.id;
    if (named && !(disk.storage_domains?.storage_domain ?? []).some((d: Entity) => d.id === named)) {
      throw new EngineFault(400, 'Operation Failed', '[Cannot remove Virtual Machine Disk. Provided wrong storage domain, which is not related to disk.]');
    }
    if (disk.status?.state === 'locked') throw operationFailed(`Cannot remove Virtual Machine Disk: The disk ${disk.alias} is locked. Please try again in a few minutes.`);
    const where = findDiskAnywhere(ctx.store, disk.id);
    const vm = where && where.key !== 'disks' ? ctx.store.get('vms', where.key.split('/')[1]) : undefined;
    if (vm && !isDown(vm)) throw operationFailed('Cannot remove Virtual Machine Disk. At least one of the VMs is not down.');
  },
  remove(ctx, disk) {
    ctx.store.remove(findDiskAnywhere(ctx.store, disk.id)?.key ?? 'disks', disk.id);
  },
  event: (kind, d, ctx) => (kind === 'remove' ? { code: 2014, description: `Disk ${d.alias} was successfully removed from domain (User ${userName(ctx.user)}).`, refs: { disk: d.id } } : undefined),
});

/** Copy or move `disk` (stored under `key`) to the storage domain the action names. */
export function copyOrMove(move: boolean, key: (ctx: Ctx) => string): ActionFn {
  return (ctx, disk, action) => {
    const verb = move ? 'move' : 'copy';
    const sd = domainOf(ctx, action.storage_domain, verb);
    if (disk.status?.state === 'locked') throw operationFailed(`Cannot ${verb} Virtual Machine Disk: The disk ${disk.alias} is locked. Please try again in a few minutes.`);
    const current = disk.storage_domains?.storage_domain?.[0]?.id;
    if (current === sd.id) throw operationFailed(`Cannot ${verb} Virtual Machine Disk. The source and target storage domains are the same.`);
    const emit = diskEventer(ctx);
    emit(move ? AUDIT.USER_MOVED_DISK : AUDIT.USER_COPIED_DISK, `User ${userName(ctx.user)} ${move ? 'moving' : 'is copying'} disk ${disk.alias} to domain ${sd.name}.`, disk);
    const k = key(ctx);
    let copyId: string | undefined;
    // A template's disk is copied in place: the same image then lives on one more domain (guide 16.6).
    const inPlace = !move && k.startsWith('templates/');
    if (!move && !inPlace) {
      const copy = ctx.store.put('disks', { ...clone(disk), id: newId(ctx), image_id: newId(ctx), alias: action.disk?.alias ?? disk.alias,
        storage_domains: { storage_domain: [{ id: sd.id }] }, status: { state: 'locked' } });
      copyId = copy.id;
      runChain(ctx, 'disks', copy.id, [[DISK_MS, (d) => { d.status = { state: 'ok' }; }]]);
    }
    runChain(ctx, k, disk.id, [[0, (d) => { d.status = { state: 'locked' }; }], [DISK_MS, (d) => {
      d.status = { state: 'ok' };
      if (move) d.storage_domains = { storage_domain: [{ id: sd.id }] };
      if (inPlace) d.storage_domains = { storage_domain: [...(d.storage_domains?.storage_domain ?? []), { id: sd.id }] };
      emit(move ? AUDIT.USER_MOVED_DISK_FINISHED_SUCCESS : AUDIT.USER_COPIED_DISK_FINISHED_SUCCESS, `User ${userName(ctx.user)} finished ${move ? 'moving' : 'copying'} disk ${d.alias} to domain ${sd.name}.`, d);
    }]]);
    return copyId ? { disk: { id: copyId } } : undefined;
  };
}

export const DISK_ACTIONS: Record<string, ActionFn> = {
  copy: copyOrMove(false, (ctx) => findDiskAnywhere(ctx.store, ctx.params.id)?.key ?? 'disks'),
  move: copyOrMove(true, (ctx) => findDiskAnywhere(ctx.store, ctx.params.id)?.key ?? 'disks'),
  export: exportDisk,
};
