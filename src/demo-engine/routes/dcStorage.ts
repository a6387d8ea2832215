// guide 10.6: a data center's storage domains: a view of the storage domains attached to it. POST attaches
// (→ locked → active), `deactivate` (→ maintenance), `activate` (→ active), DELETE detaches.
// Texts from recorded ovirt-3.3-faults/DataCenter_ITC0102*.
import type { Ctx } from '../context';
import { EngineFault, notFound, operationFailed } from '../faults';
import { registerActions, represent } from '../represent';
import { deleted, xml } from '../respond';
import type { Entity, EngineResponse } from '../types';
import { readBody } from '../writes/body';
import { runAction, type ActionFn } from '../writes/actions';
import { runChain } from '../vms/transitions';
import { AUDIT, userName } from '../audit';

function sdEventer(ctx: Ctx, dc: Entity) {
  const correlationId = ctx.correlationId;
  return (code: number, description: string, sd: Entity) =>
    ctx.emit({ code, severity: 'normal', description, correlationId, refs: { storage_domain: sd.id, data_center: dc.id } });
}

export const ATTACH_MS = 3000;
/** StorageDomainStatus as the engine names it in `${status}` (AppErrors ACTION_TYPE_FAILED_STORAGE_DOMAIN_STATUS_ILLEGAL2). */
const statusName = (state = 'unknown') => state.split('_').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
const attachedTo = (sd: Entity, dcId: string) => (sd.data_centers?.data_center ?? []).some((d: Entity) => d.id === dcId);

function dcOf(ctx: Ctx): Entity {
  const dc = ctx.store.get('datacenters', ctx.params.id);
  if (!dc) throw notFound();
  return dc;
}

const href = (ctx: Ctx, dc: Entity) => `${ctx.base}/datacenters/${dc.id}/storagedomains`;
const show = (ctx: Ctx, dc: Entity, sd: Entity) => represent({ ...sd, data_center: { id: dc.id } }, `${href(ctx, dc)}/${sd.id}`, ctx.base, 'datacenters/storagedomains');

export function listDcStorage(ctx: Ctx): EngineResponse {
  const dc = dcOf(ctx);
  return xml(200, 'storage_domains', { storage_domain: ctx.store.list('storagedomains').filter((sd) => attachedTo(sd, dc.id)).map((sd) => show(ctx, dc, sd)) });
}

function attached(ctx: Ctx, dc: Entity): Entity {
  const sd = ctx.store.get('storagedomains', ctx.params.subId);
  if (!sd || !attachedTo(sd, dc.id)) throw notFound();
  return sd;
}

export const getDcStorage = (ctx: Ctx) => { const dc = dcOf(ctx); return xml(200, 'storage_domain', show(ctx, dc, attached(ctx, dc))); };

export function attachStorage(ctx: Ctx): EngineResponse {
  const dc = dcOf(ctx);
  const body = readBody(ctx, ['storage_domain']);
  const sd = body.id ? ctx.store.get('storagedomains', body.id) : ctx.store.list('storagedomains').find((d) => d.name === body.name);
  if (!body.id && !body.name) throw new EngineFault(400, 'Incomplete parameters', 'StorageDomain [id|name] required for add');
  if (!sd) throw new EngineFault(400, 'Operation Failed', `Entity not found: Storage Domain: ${body.id ? `id=${body.id}` : `name=${body.name}`}`);
  const inDc = ctx.store.list('storagedomains').filter((d) => attachedTo(d, dc.id));
  if (sd.type === 'iso' && inDc.some((d) => d.type === 'iso')) {
    throw operationFailed('Cannot attach more than one ISO Storage Domain to the same Data Center. If you want to use a newly created Domain, detach the existing attached Domain and attach the new one.');
  }
  if (sd.type === 'export' && inDc.some((d) => d.type === 'export')) {
    throw operationFailed('Cannot attach more than one Import/Export Storage Domain to the same Data Center. If you want to use a newly created Domain, detach the existing attached Domain and attach the new one.');
  }
  const master = inDc.find((d) => d.master);
  if (sd.type !== 'data' && master && master.status?.state !== 'active') {
    throw operationFailed('Failed to attach Storage due to an error on the Data Center master Storage Domain.\n-Please activate the master Storage Domain first.');
  }
  if (attachedTo(sd, dc.id)) throw operationFailed('Cannot attach Storage. Storage Domain is already attached to the Data Center.');
  sd.data_centers = { data_center: [...(sd.data_centers?.data_center ?? []), { id: dc.id }] };
  if (!master && sd.type === 'data') sd.master = true;
  sd.status = { state: 'locked' };
  const emit = sdEventer(ctx, dc);
  runChain(ctx, 'storagedomains', sd.id, [[ATTACH_MS, (d) => {
    d.status = { state: 'active' };
    if (dc.status?.state !== 'up') dc.status = { state: 'up' };
    emit(AUDIT.USER_ATTACH_STORAGE_DOMAIN_TO_POOL, `Storage Domain ${d.name} was attached to Data Center ${dc.name} by ${userName(ctx.user)}`, d);
  }]]);
  return xml(201, 'storage_domain', show(ctx, dc, sd), { Location: `${href(ctx, dc)}/${sd.id}` });
}

export function detachStorage(ctx: Ctx): EngineResponse {
  const dc = dcOf(ctx);
  const sd = attached(ctx, dc);
  if (sd.master) {
    const other = ctx.store.list('storagedomains').find((d) => d.id !== sd.id && attachedTo(d, dc.id) && d.type === 'data' && d.status?.state === 'active');
    if (!other || sd.status?.state === 'active') {
      throw operationFailed('Cannot remove the master Storage Domain from the Data Center without another active Storage Domain to take its place.\n-Either activate another Storage Domain in the Data Center, or remove the Data Center.');
    }
    other.master = true;
    sd.master = false;
  }
  if (sd.status?.state === 'active') throw operationFailed('Cannot detach Storage. Storage status is Active.\n-Please check Storage Domain and retry the operation.');
  sd.data_centers = { data_center: (sd.data_centers?.data_center ?? []).filter((d: Entity) => d.id !== dc.id) };
  if (!sd.data_centers.data_center.length) sd.status = { state: 'unattached' };
  sdEventer(ctx, dc)(AUDIT.USER_DETACH_STORAGE_DOMAIN_FROM_POOL, `Storage Domain ${sd.name} was detached from Data Center ${dc.name} by ${userName(ctx.user)}`, sd);
  return deleted();
}

const activate: ActionFn = (ctx, sd) => {
  if (sd.status?.state === 'active') throw operationFailed('Cannot activate Storage. Storage status is Active.\n-Please check Storage Domain and retry the operation.');
  const emit = sdEventer(ctx, ctx.store.get('datacenters', ctx.params.id)!);
  runChain(ctx, 'storagedomains', sd.id, [[0, (d) => { d.status = { state: 'activating' }; }], [ATTACH_MS, (d) => {
    d.status = { state: 'active' };
    emit(AUDIT.USER_ACTIVATED_STORAGE_DOMAIN, `Storage Domain ${d.name} (Data Center ${ctx.store.get('datacenters', ctx.params.id)?.name}) was activated by ${userName(ctx.user)}`, d);
  }]]);
};

const deactivate: ActionFn = (ctx, sd) => {
  if (sd.status?.state !== 'active') throw operationFailed(`Cannot deactivate Storage. Storage status is ${statusName(sd.status?.state)}.\n-Please check Storage Domain and retry the operation.`);
  const dcId = ctx.params.id;
  if (sd.master && !ctx.store.list('storagedomains').some((d) => d.id !== sd.id && attachedTo(d, dcId) && d.type === 'data' && d.status?.state === 'active')) {
    const others = ctx.store.list('storagedomains').some((d) => d.id !== sd.id && attachedTo(d, dcId) && d.status?.state === 'active');
    const clusters = new Set(ctx.store.list('clusters').filter((c) => c.data_center?.id === dcId).map((c) => c.id));
    const running = ctx.store.list('vms').some((v) => clusters.has(v.cluster?.id) && v.status?.state !== 'down');
    // AppErrors ERROR_CANNOT_DEACTIVATE_MASTER_WITH_NON_DATA_DOMAINS, ACTION_TYPE_FAILED_DETECTED_ACTIVE_VMS
    if (others) throw operationFailed('Cannot deactivate a Master Storage Domain while there are ISO/Export active domains in the Data Center.\n-Please deactivate all ISO/Export domains first.');
    if (running) throw operationFailed('Cannot deactivate Storage. Active VMs were detected.\n-Please ensure all VMs associated with this Storage Domain are stopped and in the Down state first.');
    throw operationFailed('Cannot deactivate the master Storage Domain while there is no other active Data Domain to take its place.');
  }
  const dc = ctx.store.get('datacenters', dcId)!;
  const emit = sdEventer(ctx, dc);
  runChain(ctx, 'storagedomains', sd.id, [[0, (d) => { d.status = { state: 'preparing_for_maintenance' }; }], [ATTACH_MS, (d) => {
    d.status = { state: 'maintenance' };
    emit(AUDIT.USER_DEACTIVATED_STORAGE_DOMAIN, `Storage Domain ${d.name} (Data Center ${dc.name}) was deactivated and has moved to 'Preparing for maintenance' until it will no longer be accessed by any Host of the Data Center.`, d);
  }]]);
};

export function dcStorageAction(ctx: Ctx): EngineResponse {
  const dc = dcOf(ctx);
  const sd = attached(ctx, dc);
  const fn = { activate, deactivate }[ctx.params.action];
  if (!fn) throw notFound();
  return runAction(ctx, sd, `${href(ctx, dc)}/${sd.id}`, ctx.params.action, fn);
}

// The actions a data center's storage domain allows in its state (guide 10.6.4).
registerActions('datacenters/storagedomains', (sd) => {
  const state = sd.status?.state;
  if (state === 'active') return ['deactivate'];
  if (state === 'maintenance' || state === 'inactive') return ['activate'];
  return [];
});
