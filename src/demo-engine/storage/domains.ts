// Storage domain actions (guide 12.7): refresh LUNs, is-attached; and on a domain's content: import a VM
// or template from an export domain, import a Glance image as a disk (or template), export a disk to Glance.
// Imports lock the new object on the engine clock, like the engine's copy jobs.
import { AUDIT } from '../audit';
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import type { ActionFn } from '../writes/actions';
import { isTrue } from '../writes/body';
import { newId } from '../writes/ids';
import { clone } from '../writes/merge';
import { runChain, setState } from '../vms/transitions';

export const IMPORT_MS = 4000;

/** The export domain an export action names (by id or name), or the engine's refusal. */
export function exportDomain(ctx: Ctx, action: Record<string, any>, verb: string): Entity {
  const ref = action.storage_domain ?? {};
  const sd = ref.id ? ctx.store.get('storagedomains', ref.id) : ctx.store.list('storagedomains').find((d) => (ref.name ? d.name === ref.name : d.type === 'export'));
  if (!sd || sd.type !== 'export') throw operationFailed('The specify domain is not export domain');
  return sd;
}

function targetDomain(ctx: Ctx, action: Record<string, any>, verb: string): Entity {
  const ref = action.storage_domain ?? {};
  const sd = ref.id ? ctx.store.get('storagedomains', ref.id) : ctx.store.list('storagedomains').find((d) => d.name === ref.name);
  if (!sd) throw new EngineFault(400, 'Incomplete parameters', `Action [storageDomain.id|name] required for ${verb}`);
  if (sd.type !== 'data') throw operationFailed(`Cannot ${verb}. The target Storage Domain is not a Data Domain.`);
  if (sd.status?.state !== 'active') throw operationFailed(`Cannot ${verb}. The relevant Storage Domain is inaccessible.\n-Please handle Storage Domain issues and retry the operation.`);
  return sd;
}

function targetCluster(ctx: Ctx, action: Record<string, any>, verb: string): Entity {
  const ref = action.cluster ?? {};
  const cl = ref.id ? ctx.store.get('clusters', ref.id) : ctx.store.list('clusters').find((c) => c.name === ref.name);
  if (!cl) throw new EngineFault(400, 'Incomplete parameters', `Action [cluster.id|name] required for ${verb}`);
  return cl;
}

const sourceDomain = (ctx: Ctx) => ctx.store.get('storagedomains', ctx.params.id)!;

function importFromExport(kind: 'vms' | 'templates'): ActionFn {
  return (ctx, item, action) => {
    const noun = kind === 'vms' ? 'VM' : 'Template';
    const src = sourceDomain(ctx);
    if (src.type !== 'export') throw operationFailed(`Cannot import ${noun}. The source Storage Domain is not an Export Domain.`);
    const sd = targetDomain(ctx, action, `import ${noun}`);
    const cluster = targetCluster(ctx, action, `import ${noun}`);
    const clone_ = isTrue(action.clone);
    const name = action[kind === 'vms' ? 'vm' : 'template']?.name ?? item.name;
    const exists = ctx.store.list(kind).some((e) => e.id === item.id || e.name === name);
    if (exists && !clone_) throw operationFailed(`Cannot import ${noun}. ${kind === 'vms' ? 'VM' : 'A Template'} with the same identifier already exists.`);
    const id = clone_ ? newId(ctx) : item.id;
    const copy: Entity = { ...clone(item), id, name, cluster: { id: cluster.id }, status: { state: kind === 'vms' ? 'image_locked' : 'locked' } };
    delete copy.storage_domain;
    ctx.store.put(kind, copy);
    for (const d of ctx.store.list(`storagedomains/${src.id}/${kind}/${item.id}/disks`)) {
      ctx.store.put(`${kind}/${id}/disks`, { ...clone(d), id: clone_ ? newId(ctx) : d.id, storage_domains: { storage_domain: [{ id: sd.id }] }, status: { state: 'locked' } });
    }
    const correlationId = ctx.correlationId;
    const code = kind === 'vms' ? AUDIT.IMPORTEXPORT_IMPORT_VM : AUDIT.IMPORTEXPORT_IMPORT_TEMPLATE;
    const refs = { [kind === 'vms' ? 'vm' : 'template']: id, storage_domain: sd.id, cluster: cluster.id };
    ctx.emit({ severity: 'normal', correlationId, refs, code: kind === 'vms' ? AUDIT.IMPORTEXPORT_STARTING_IMPORT_VM : AUDIT.IMPORTEXPORT_STARTING_IMPORT_TEMPLATE, description: `Starting to import ${kind === 'vms' ? 'Vm' : 'Template'} ${name} to Data Center ${ctx.store.get('datacenters', cluster.data_center?.id)?.name ?? ''}, Cluster ${cluster.name}` });
    runChain(ctx, kind, id, [[IMPORT_MS, (e) => {
      if (kind === 'vms') setState(e, 'down'); else e.status = { state: 'ok' };
      for (const d of ctx.store.list(`${kind}/${id}/disks`)) d.status = { state: 'ok' };
      ctx.emit({ code, severity: 'normal', correlationId, refs, description: `${kind === 'vms' ? 'Vm' : 'Template'} ${e.name} was imported successfully to Data Center ${ctx.store.get('datacenters', cluster.data_center?.id)?.name ?? ''}, Cluster ${cluster.name}` });
    }]]);
    return { [kind === 'vms' ? 'vm' : 'template']: { id, name } };
  };
}

export const importImage: ActionFn = (ctx, image, action) => {
  const sd = targetDomain(ctx, action, 'import Image');
  const asTemplate = isTrue(action.import_as_template);
  const disk = ctx.store.put('disks', {
    id: newId(ctx), alias: action.disk?.alias ?? image.name.replace(/[^\w.-]+/g, '_'), name: image.name, image_id: newId(ctx),
    provisioned_size: 8 * 1024 ** 3, size: 8 * 1024 ** 3, actual_size: 0, format: 'cow', sparse: true, interface: 'virtio', bootable: true,
    shareable: false, storage_type: 'image', storage_domains: { storage_domain: [{ id: sd.id }] }, status: { state: 'locked' },
  });
  runChain(ctx, 'disks', disk.id, [[IMPORT_MS, (d) => { d.status = { state: 'ok' }; }]]);
  if (asTemplate) {
    const cluster = targetCluster(ctx, action, 'import Image');
    const t = ctx.store.put('templates', { id: newId(ctx), name: action.template?.name ?? disk.alias, status: { state: 'locked' }, cluster: { id: cluster.id },
      memory: 1024 ** 3, os: { type: 'other_linux', boot: [{ dev: 'hd' }] }, creation_time: new Date(ctx.now()).toISOString() });
    runChain(ctx, 'templates', t.id, [[IMPORT_MS, (x) => { x.status = { state: 'ok' }; }]]);
  }
  return { disk: { id: disk.id } };
};

/** Exports a disk to an image (Glance) domain: RSDL `disks/{id}/export` and `storagedomains/{id}/disks/{id}/export`. */
export const exportDisk: ActionFn = (ctx, disk, action) => {
  const target = ctx.store.get('storagedomains', action.storage_domain?.id) ?? ctx.store.list('storagedomains').find((d) => d.name === action.storage_domain?.name);
  if (!target || target.type !== 'image') throw operationFailed('Cannot export Virtual Machine Disk. The target Storage Domain is not an Image Domain.');
  if (disk.status?.state === 'locked') throw operationFailed(`Cannot export Virtual Machine Disk: The disk ${disk.alias} is locked. Please try again in a few minutes.`);
  ctx.store.put(`storagedomains/${target.id}/images`, { id: newId(ctx), name: disk.alias ?? disk.name, storage_domain: { id: target.id } });
};

const refreshLuns: ActionFn = (_ctx, sd) => {
  if (sd.storage?.type !== 'iscsi' && sd.storage?.type !== 'fcp') throw operationFailed('Cannot refresh LUNs. The Storage Domain is not a block domain.');
};

const isAttached: ActionFn = (_ctx, sd) => ({ is_attached: Boolean(sd.data_centers?.data_center?.length) });

export const STORAGE_DOMAIN_ACTIONS: Record<string, ActionFn> = { refreshluns: refreshLuns, isattached: isAttached };
export const STORAGE_DOMAIN_SUB_ACTIONS: Record<string, ActionFn> = {
  'vms/import': importFromExport('vms'),
  'templates/import': importFromExport('templates'),
  'images/import': importImage,
  'disks/export': exportDisk,
};
