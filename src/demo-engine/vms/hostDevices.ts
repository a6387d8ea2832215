// Host devices passed through to a VM (RSDL vms/{id}/hostdevices). As in the engine: the devices are those of
// the one host the VM is pinned to, listed with that host's device data (GetExtendedVmHostDevicesByVmId);
// POST names one by id or name (BackendVmHostDevicesResource.add: "id|name") and attaches its whole IOMMU
// group, the others as placeholders (AddVmHostDevicesCommand); DELETE detaches it, with the placeholders of a
// group left without a device (RemoveVmHostDevicesCommand). Both need the VM down and pinned to a single host
// (AbstractVmHostDevicesCommand.validate: no hot plug, ACTION_TYPE_FAILED_VM_NOT_PINNED_TO_HOST, ..._HOST_DEVICE_NOT_FOUND).
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import { registerView } from '../views/registry';
import { isDown } from './states';

const key = (vm: Entity) => `vms/${vm.id}/hostdevices`;
const unhex = (s: string) => (/^([0-9a-f]{2})+$/i.test(s) ? s.replace(/../g, (h) => String.fromCharCode(parseInt(h, 16))) : s);

function pinnedHost(ctx: Ctx, vm: Entity, what: string): Entity {
  const host = vm.placement_policy?.affinity === 'pinned' ? ctx.store.get('hosts', vm.placement_policy?.host?.id ?? '') : undefined;
  if (!host) throw operationFailed(`Cannot ${what} Host Device. VM is not pinned to a host.`);
  return host;
}

function checkDown(vm: Entity, what: string): void {
  if (!isDown(vm)) throw operationFailed(`Cannot ${what} Host Device. VM ${vm.name} is not down (hot plug of host devices is not supported).`);
}

function shown(ctx: Ctx, vm: Entity, attached: Entity): Entity | undefined {
  const hostId = vm.placement_policy?.host?.id;
  const device = hostId ? ctx.store.get(`hosts/${hostId}/devices`, attached.id) : undefined;
  return device && { ...device, placeholder: attached.placeholder, vm: { id: vm.id } };
}

function group(ctx: Ctx, host: Entity, device: Entity): Entity[] {
  if (device.capability !== 'pci' || device.iommu_group === undefined) return [device];
  return ctx.store.list(`hosts/${host.id}/devices`).filter((d) => d.iommu_group === device.iommu_group);
}

registerView('vms/hostdevices', {
  list: (ctx, vm) => ctx.store.list(key(vm)).map((d) => shown(ctx, vm, d)).filter((d): d is Entity => !!d),
  add(ctx, vm, body) {
    const host = pinnedHost(ctx, vm, 'add');
    checkDown(vm, 'add');
    // The engine reads the id as the device name in hex (HexUtils.hex2string); the demo's ids are the names.
    const wanted = body.id !== undefined ? unhex(String(body.id)) : String(body.name);
    const device = ctx.store.list(`hosts/${host.id}/devices`).find((d) => d.name === wanted || d.id === body.id);
    if (!device) throw new EngineFault(409, 'Operation Failed', `[Cannot add Host Device. Host device ${wanted} was not found on host ${host.name}.]`);
    for (const d of group(ctx, host, device)) {
      const placeholder = d.id !== device.id;
      const existing = ctx.store.get(key(vm), d.id);
      if (!existing) ctx.store.put(key(vm), { id: d.id, placeholder });
      else if (!placeholder) existing.placeholder = false;
    }
    return shown(ctx, vm, ctx.store.get(key(vm), device.id)!)!;
  },
  remove(ctx, vm, item) {
    const host = pinnedHost(ctx, vm, 'remove');
    checkDown(vm, 'remove');
    ctx.store.remove(key(vm), item.id);
    const members = group(ctx, host, item).map((d) => ctx.store.get(key(vm), d.id)).filter((d): d is Entity => !!d);
    if (members.every((d) => d.placeholder)) for (const d of members) ctx.store.remove(key(vm), d.id);
  },
});
