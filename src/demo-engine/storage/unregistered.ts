// guide 12.8 procedure 12.2 (RSDL `storagedomains/{storagedomain:id}/disks` matrix `unregistered`): an
// imported storage domain carries disk images the engine has no record of. `GET …/disks;unregistered` lists
// them (the domain's own metadata, not the engine's disks); `POST …/disks;unregistered` with `<disk id=…/>`
// registers one: it becomes a floating disk on that domain and leaves the unregistered list.
import { EngineFault } from '../faults';
import type { Random } from '../ids';
import type { Store } from '../store';
import type { Entity } from '../types';
import { registerView, viewFor, type View } from '../views/registry';
import '../views/storage';

const GiB = 1024 ** 3;
const key = (sd: Entity) => `storagedomains/${sd.id}/unregistered_disks`;

const registered = viewFor('storagedomains/disks')!;

const withUnregistered: View = {
  ...registered,
  list: (ctx, sd, path) => (ctx.url.matrix.unregistered === 'true'
    ? ctx.store.list(key(sd)).map((d) => ({ ...d, storage_domain: { id: sd.id } }))
    : registered.list(ctx, sd, path)),
  add(ctx, sd, body, path) {
    if (ctx.url.matrix.unregistered !== 'true') return registered.add!(ctx, sd, body, path);
    if (!body.id) throw new EngineFault(400, 'Incomplete parameters', 'Disk [id] required for add');
    const disk = ctx.store.get(key(sd), body.id);
    if (!disk) throw new EngineFault(404, 'Not Found', `Entity not found: Disk: id=${body.id}`);
    ctx.store.remove(key(sd), disk.id);
    return ctx.store.put('disks', { ...disk, storage_domains: { storage_domain: [{ id: sd.id }] } });
  },
};
registerView('storagedomains/disks', withUnregistered);

/** Disks left on the spare (imported) data domain by the setup it came from. */
export function seedUnregisteredDisks(store: Store, rnd: Random): void {
  const sd = store.list('storagedomains').find((d) => d.name === 'spare');
  if (!sd) return;
  for (const [alias, gib, bootable] of [['erp-db_Disk1', 40, true], ['erp-db_Disk2', 100, false], ['reports_Disk1', 20, true]] as const) {
    store.put(key(sd), {
      id: rnd.uuid(), name: alias, alias, description: '', image_id: rnd.uuid(), storage_domains: { storage_domain: [{ id: sd.id }] },
      size: gib * GiB, provisioned_size: gib * GiB, actual_size: gib * GiB, status: { state: 'ok' }, interface: 'virtio', format: 'raw',
      sparse: false, bootable, shareable: false, wipe_after_delete: false, propagate_errors: false, storage_type: 'image',
    });
  }
}
