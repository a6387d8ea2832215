// Template actions (guide 16.7): export to an export domain; the template is locked while it is copied.
import { AUDIT } from '../audit';
import type { Ctx } from '../context';
import { operationFailed } from '../faults';
import type { Entity } from '../types';
import type { ActionFn } from '../writes/actions';
import { isTrue } from '../writes/body';
import { clone } from '../writes/merge';
import { runChain } from '../vms/transitions';
import { exportDomain, STORAGE_DOMAIN_SUB_ACTIONS } from '../storage/domains';
import { copyOrMove } from '../storage/disks';

export const EXPORT_MS = 3000;

const exportTemplate: ActionFn = (ctx: Ctx, t: Entity, action) => {
  const sd = exportDomain(ctx, action, 'Cannot export Template');
  if (t.status?.state === 'locked') throw operationFailed('Cannot export Template. Template is locked.');
  if (ctx.store.get(`storagedomains/${sd.id}/templates`, t.id) && !isTrue(action.exclusive)) {
    throw operationFailed("Cannot export Template. The export candidate already exists in the specified path.\n- Use the 'Force Override' option to override the existing file.");
  }
  const correlationId = ctx.correlationId;
  const emit = (code: number, description: string) => ctx.emit({ code, severity: 'normal', description, correlationId, refs: { template: t.id } });
  emit(AUDIT.IMPORTEXPORT_STARTING_EXPORT_TEMPLATE, `Starting to export Template ${t.name} to ${sd.name}`);
  runChain(ctx, 'templates', t.id, [[0, (x) => { x.status = { state: 'locked' }; }], [EXPORT_MS, (x) => {
    x.status = { state: 'ok' };
    ctx.store.put(`storagedomains/${sd.id}/templates`, { ...clone(x), storage_domain: { id: sd.id } });
    for (const d of ctx.store.list(`templates/${x.id}/disks`)) ctx.store.put(`storagedomains/${sd.id}/templates/${x.id}/disks`, clone(d));
    emit(AUDIT.IMPORTEXPORT_EXPORT_TEMPLATE, `Template ${x.name} was exported successfully to ${sd.name}`);
  }]]);
};

export const TEMPLATE_ACTIONS: Record<string, ActionFn> = { export: exportTemplate };

/** Actions on a template's disks (guide 16.6): copy to another data domain, export to a Glance domain. */
export const TEMPLATE_SUB_ACTIONS: Record<string, ActionFn> = {
  'disks/copy': copyOrMove(false, (ctx) => `templates/${ctx.params.id}/disks`),
  'disks/export': STORAGE_DOMAIN_SUB_ACTIONS['disks/export'],
};
