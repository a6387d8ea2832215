// Tag assignment sub-collections (`vms/{id}/tags`, hosts, templates, users, groups; guide 15.6.9):
// POST a tag by id or name assigns it, DELETE unassigns. The assignment is stored as the tag reference.
import { EngineFault, operationFailed } from '../faults';
import { registerRules } from './rules';

for (const parent of ['vms', 'hosts', 'templates', 'users', 'groups']) {
  registerRules(`${parent}/tags`, {
    keepId: true,
    prepare(ctx, body, owner) {
      const tag = body.id ? ctx.store.get('tags', body.id) : ctx.store.list('tags').find((t) => t.name === body.name);
      if (!tag) throw new EngineFault(400, 'Operation Failed', `Entity not found: Tag: ${body.id ? `id=${body.id}` : `name=${body.name}`}`);
      if (ctx.store.get(`${parent}/${owner!.id}/tags`, tag.id)) throw operationFailed('Cannot attach Tag. Tag is already attached to the object.');
      return { id: tag.id, name: tag.name, description: tag.description };
    },
  });
}

registerRules('tags', {
  dupName: { add: [409, 'The specified Tag name already exists.'], edit: [409, 'The specified Tag name already exists.'] },
  prepare: (ctx, body) => ({ ...body, id: '', parent: body.parent ?? { tag: { id: '00000000-0000-0000-0000-000000000000' } } }),
});

// Network labels (guide 11.5, 13.7): a label is named by its id; labelling twice is refused.
for (const path of ['networks/labels', 'hosts/nics/labels']) {
  registerRules(path, {
    keepId: true,
    prepare(ctx, body, owner) {
      const key = ctx.url.segments.join('/');
      if (!body.id) throw new EngineFault(400, 'Incomplete parameters', 'Label [id] required for add');
      if (ctx.store.get(key, body.id)) throw operationFailed('Cannot add Label. The label is already attached.');
      return { id: String(body.id), ...(path === 'networks/labels' ? { network: { id: owner!.id } } : { host_nic: { id: owner!.id } }) };
    },
  });
}
