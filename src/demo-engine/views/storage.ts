// Views of a storage domain's content (guide 12.6): the disks on it (floating and attached), the VMs and
// templates on it (stored for an export domain, derived from disk placement for a data domain), and the
// storage connections it uses.
import type { Ctx } from '../context';
import { operationFailed } from '../faults';
import type { Entity } from '../types';
import { addTop } from '../writes/crud';
import { mergeInto } from '../writes/merge';
import { registerView } from './registry';
import { allDisks as allDisksIn } from '../storage/allDisks';

const onDomain = (d: Entity, sdId: string) => (d.storage_domains?.storage_domain ?? []).some((s: Entity) => s.id === sdId);

const allDisks = (ctx: Ctx) => allDisksIn(ctx.store);

registerView('storagedomains/disks', {
  list: (ctx, sd) => allDisks(ctx).filter((x) => onDomain(x.disk, sd.id)).map((x) => ({ ...x.disk, storage_domain: { id: sd.id } })),
  add: (ctx, sd, body) => addTop(ctx, 'disks', { ...body, storage_domains: { storage_domain: [{ id: sd.id }] } }),
  remove(ctx, _sd, item) {
    const where = allDisks(ctx).find((x) => x.disk.id === item.id)!;
    if (where.key !== 'disks') throw operationFailed('Cannot remove Virtual Machine Disk. The disk is attached to a VM, detach it first.');
    ctx.store.remove('disks', item.id);
  },
  update: (ctx, _sd, item, body) => mergeInto(allDisks(ctx).find((x) => x.disk.id === item.id)!.disk, body) as Entity,
});

function stored(kind: 'vms' | 'templates') {
  return {
    list(ctx: Ctx, sd: Entity): Entity[] {
      if (sd.type === 'export') return ctx.store.list(`storagedomains/${sd.id}/${kind}`);
      if (kind === 'templates') return [];
      const vmIds = new Set(allDisks(ctx).filter((x) => x.key !== 'disks' && onDomain(x.disk, sd.id)).map((x) => x.key.split('/')[1]));
      return ctx.store.list('vms').filter((v) => vmIds.has(v.id)).map((v) => ({ ...v, storage_domain: { id: sd.id } }));
    },
    remove(ctx: Ctx, sd: Entity, item: Entity) {
      if (sd.type !== 'export') throw operationFailed(`Cannot remove ${kind === 'vms' ? 'VM' : 'Template'}. Only entities on an Export Domain can be removed this way.`);
      ctx.store.remove(`storagedomains/${sd.id}/${kind}`, item.id);
    },
  };
}
registerView('storagedomains/vms', stored('vms'));
registerView('storagedomains/templates', stored('templates'));

const linked = (sd: Entity): string[] => sd._connections ?? [];
registerView('storagedomains/storageconnections', {
  list: (ctx, sd) => ctx.store.list('storageconnections').filter((c) =>
    linked(sd).includes(c.id) || (sd.storage?.address && c.address === sd.storage.address && c.path === sd.storage.path)),
  add(ctx, sd, body) {
    const conn = ctx.store.get('storageconnections', body.id);
    if (!conn) throw operationFailed('Cannot add Storage Connection. Storage connection does not exist.');
    if (sd.status?.state === 'active') throw operationFailed('Cannot add Storage Connection. Storage Domain is active, move it to maintenance first.');
    sd._connections = [...linked(sd), conn.id];
    return conn;
  },
  remove(_ctx, sd, item) {
    if (sd.status?.state === 'active') throw operationFailed('Cannot remove Storage Connection. Storage Domain is active, move it to maintenance first.');
    sd._connections = linked(sd).filter((id) => id !== item.id);
    if (sd.storage?.address === item.address && sd.storage?.path === item.path) sd.storage = { ...sd.storage, address: undefined, path: undefined };
  },
});
