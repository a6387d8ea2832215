// Registering VMs and templates found on an imported data domain (RSDL `storagedomains/{sd}/vms/{vm}/register`,
// `…/templates/{t}/register`; `GET …/vms;unregistered`, `…/templates;unregistered` list what the domain's OVF
// store holds that the engine has no record of). As BackendStorageDomainVmResource.register does: the action
// names a cluster (`cluster.id|name`, RSDL required) and runs ImportVmFromConfiguration (templates:
// ImportVmTemplateFromConfiguration) with the images already on the domain, so nothing is copied: the VM or
// template exists at once, its disks on that domain, and it leaves the unregistered list. An id the domain has
// no OVF for (one already registered, say) is refused: ImportValidator's ACTION_TYPE_FAILED_UNSUPPORTED_OVF.
import type { Ctx } from '../context';
import { EngineFault, notFound, operationFailed } from '../faults';
import type { Random } from '../ids';
import type { Store } from '../store';
import type { Entity, EngineResponse } from '../types';
import { registerView, viewFor, type View } from '../views/registry';
import { runAction, type ActionFn } from '../writes/actions';
import { isTrue } from '../writes/body';
import { newId } from '../writes/ids';
import { clone } from '../writes/merge';
import '../views/storage';

type Kind = 'vms' | 'templates';
const GiB = 1024 ** 3;
const key = (sdId: string, kind: Kind) => `storagedomains/${sdId}/unregistered_${kind}`;

for (const kind of ['vms', 'templates'] as const) {
  const registered = viewFor(`storagedomains/${kind}`)!;
  const withUnregistered: View = {
    ...registered,
    list: (ctx, sd, path) => (ctx.url.matrix.unregistered === 'true'
      ? ctx.store.list(key(sd.id, kind)).map(({ _disks, ...e }) => ({ ...e, storage_domain: { id: sd.id } }))
      : registered.list(ctx, sd, path)),
  };
  registerView(`storagedomains/${kind}`, withUnregistered);
}

function register(kind: Kind): ActionFn {
  return (ctx, item, action) => {
    const noun = kind === 'vms' ? 'VM' : 'Template';
    const sd = ctx.store.get('storagedomains', ctx.params.id)!;
    const found = ctx.store.get(key(sd.id, kind), item.id);
    if (!found) throw operationFailed(`Cannot import ${noun}. There is no OVF for the specific entity.`);
    const ref = action.cluster ?? {};
    const cluster = ref.id ? ctx.store.get('clusters', ref.id) : ctx.store.list('clusters').find((c) => c.name === ref.name);
    if (!cluster) throw new EngineFault(400, 'Operation Failed', `Entity not found: Cluster: ${ref.id ? `id=${ref.id}` : `name=${ref.name}`}`);
    const asNew = isTrue(action.clone);
    const name = (kind === 'vms' ? action.vm?.name : action.template?.name) ?? found.name;
    if (!asNew && ctx.store.list(kind).some((e) => e.name === name)) {
      throw operationFailed(`Cannot import ${noun}. ${kind === 'vms' ? 'VM' : 'A Template'} with the same name already exists.`);
    }
    const { _disks, ...config } = clone(found);
    const id = asNew ? newId(ctx) : found.id;
    ctx.store.put(kind, { ...config, id, name, cluster: { id: cluster.id }, status: { state: kind === 'vms' ? 'down' : 'ok' } });
    for (const d of (_disks ?? []) as Entity[]) {
      ctx.store.put(`${kind}/${id}/disks`, { ...d, id: asNew ? newId(ctx) : d.id, storage_domains: { storage_domain: [{ id: sd.id }] } });
    }
    ctx.store.remove(key(sd.id, kind), found.id);
    return { [kind === 'vms' ? 'vm' : 'template']: { id, name } };
  };
}

/** POST storagedomains/{sd}/vms|templates/{id}/register: on whatever id, as the engine does not look it up first. */
export function registerEntity(ctx: Ctx): EngineResponse {
  const kind = ctx.params.sub;
  const sd = ctx.store.get('storagedomains', ctx.params.id);
  if (!sd || (kind !== 'vms' && kind !== 'templates')) throw notFound();
  const target = ctx.store.get(key(sd.id, kind), ctx.params.subId) ?? { id: ctx.params.subId };
  return runAction(ctx, target, `${ctx.base}/storagedomains/${sd.id}/${kind}/${target.id}`, 'register', register(kind));
}

const disk = (rnd: Random, alias: string, gib: number) => ({ id: rnd.uuid(), name: alias, alias, image_id: rnd.uuid(), provisioned_size: gib * GiB,
  size: gib * GiB, actual_size: Math.round(gib / 4) * GiB, status: { state: 'ok' }, interface: 'virtio_scsi', format: 'cow', sparse: true,
  bootable: true, shareable: false, wipe_after_delete: false, propagate_errors: false, active: true, read_only: false, storage_type: 'image' });

/** A VM and a template of the setup the second data domain of the first data center came from (its OVF store). */
export function seedUnregisteredEntities(store: Store, rnd: Random): void {
  const sd = store.list('storagedomains').find((d) => d.name === 'data2');
  if (!sd) return;
  const base = { memory: 4 * GiB, cpu: { topology: { sockets: 1, cores: 2, threads: 1 }, architecture: 'x86_64' },
    os: { type: 'rhel_8x64', boot: [{ dev: 'hd' }] }, display: { type: 'spice', monitors: 1 }, type: 'server', origin: 'ovirt',
    stateless: false, high_availability: { enabled: false, priority: 0 }, creation_time: '2023-06-01T09:00:00.000Z' };
  store.put(key(sd.id, 'vms'), { ...base, id: rnd.uuid(), name: 'dr-billing', description: 'Billing (recovered from the DR site)',
    _disks: [disk(rnd, 'dr-billing_Disk1', 40)] });
  store.put(key(sd.id, 'templates'), { ...base, id: rnd.uuid(), name: 'dr-rhel8-base', description: 'RHEL 8 base (recovered from the DR site)',
    _disks: [disk(rnd, 'dr-rhel8-base_Disk1', 20)] });
}
