// Host networking (guide 13.7-13.8): setupnetworks (attach/detach networks to NICs in one transaction,
// both the v3 `host_nics` form and `modified/removed_network_attachments`), NIC attach/detach of a network,
// and the other host actions that do not change state: enroll certificate, discover unregistered domains.
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import type { ActionFn } from '../writes/actions';
import { isTrue } from '../writes/body';
import { newId } from '../writes/ids';
import { setupNetworksV3 } from './setupNetworks';

const attachments = (ctx: Ctx, host: Entity) => `hosts/${host.id}/networkattachments`;
const hostOfNic = (ctx: Ctx) => ctx.store.get('hosts', ctx.params.id)!;

export function networkOf(ctx: Ctx, ref: Entity | undefined): Entity {
  const net = ref?.id ? ctx.store.get('networks', ref.id) : ctx.store.list('networks').find((n) => n.name === ref?.name);
  if (!net) throw new EngineFault(400, 'Operation Failed', `Entity not found: Network: ${ref?.id ? `id=${ref.id}` : `name=${ref?.name}`}`);
  return net;
}

function nicOf(ctx: Ctx, host: Entity, ref: Entity | undefined): Entity {
  const nics = ctx.store.list(`hosts/${host.id}/nics`);
  const nic = nics.find((n) => (ref?.id ? n.id === ref.id : n.name === ref?.name));
  if (!nic) throw new EngineFault(400, 'Operation Failed', `Entity not found: HostNIC: ${ref?.id ? `id=${ref.id}` : `name=${ref?.name}`}`);
  return nic;
}

export function attach(ctx: Ctx, host: Entity, nic: Entity, net: Entity, extra: Record<string, any> = {}): void {
  const key = attachments(ctx, host);
  const current = ctx.store.list(key).find((a) => a.network?.id === net.id);
  if (current) Object.assign(current, { host_nic: { id: nic.id }, ...extra });
  else ctx.store.put(key, { id: newId(ctx), network: { id: net.id }, host_nic: { id: nic.id }, host: { id: host.id }, ...extra });
  nic.network = { id: net.id };
}

export function detach(ctx: Ctx, host: Entity, a: Entity): void {
  const cluster = ctx.store.get('clusters', host.cluster?.id);
  if (cluster?.management_network?.id === a.network?.id) {
    throw operationFailed('Cannot setup Networks. The management network cannot be detached from the host.');
  }
  ctx.store.remove(attachments(ctx, host), a.id);
  const nic = ctx.store.get(`hosts/${host.id}/nics`, a.host_nic?.id);
  if (nic && nic.network?.id === a.network?.id) delete nic.network;
}

const setupNetworks: ActionFn = (ctx, host, action) => {
  // v3 form: the whole desired NIC layout (setupNetworks.ts).
  if (action.host_nics) return setupNetworksV3(ctx, host, action);
  if (['installing', 'non_responsive', 'reboot'].includes(host.status?.state)) throw operationFailed(`Cannot setup Networks. Host is in ${host.status.state} status.`);
  const key = attachments(ctx, host);
  for (const a of action.removed_network_attachments?.network_attachment ?? []) {
    const found = ctx.store.get(key, a.id) ?? ctx.store.list(key).find((x) => x.network?.id === a.network?.id);
    if (!found) throw new EngineFault(400, 'Operation Failed', `Entity not found: NetworkAttachment: id=${a.id}`);
    detach(ctx, host, found);
  }
  for (const a of action.modified_network_attachments?.network_attachment ?? []) {
    attach(ctx, host, nicOf(ctx, host, a.host_nic), networkOf(ctx, a.network), a.ip_address_assignments ? { ip_address_assignments: a.ip_address_assignments } : {});
  }
  const emit = (code: number, description: string) => ctx.emit({ code, severity: 'normal', description, correlationId: ctx.correlationId, refs: { host: host.id, cluster: host.cluster?.id } });
  emit(AUDIT.PERSIST_SETUP_NETWORK_ON_HOST_FINISHED, `(1/1): Successfully applied changes on host ${host.name}. (User: ${userName(ctx.user)})`);
  if (isTrue(action.save_network_configuration) || isTrue(action.commit_on_success)) {
    emit(AUDIT.NETWORK_COMMINT_NETWORK_CHANGES, `Network changes were saved on host ${host.name}`);
  }
};

const nicAttach: ActionFn = (ctx, nic, action) => {
  const host = hostOfNic(ctx);
  const net = networkOf(ctx, action.network);
  if (nic.network?.id && nic.network.id !== net.id) throw operationFailed('The Network Interface is already attached to a Logical Network.');
  attach(ctx, host, nic, net);
};

const nicDetach: ActionFn = (ctx, nic, action) => {
  const host = hostOfNic(ctx);
  const netId = action.network?.id ?? nic.network?.id;
  const a = ctx.store.list(attachments(ctx, host)).find((x) => x.host_nic?.id === nic.id && x.network?.id === netId);
  if (!a) throw operationFailed('Network Interface is not attached to Logical Network.');
  detach(ctx, host, a);
};

const enrollCertificate: ActionFn = (_ctx, host) => {
  if (host.status?.state !== 'maintenance') throw operationFailed('Cannot enroll certificate. Host must be in Maintenance mode.');
};

const discoverDomains: ActionFn = (ctx, host) => {
  if (host.status?.state !== 'up') throw operationFailed('Cannot discover unregistered Storage Domains. Host is not up.');
  // Every domain the demo's storage holds is registered: the discovery finds none.
  void ctx;
  return { storage_domains: '' };
};

export const HOST_NETWORK_ACTIONS: Record<string, ActionFn> = {
  setupnetworks: setupNetworks, enrollcertificate: enrollCertificate, unregisteredstoragedomainsdiscover: discoverDomains,
};
export const HOST_SUB_ACTIONS: Record<string, ActionFn> = { 'nics/attach': nicAttach, 'nics/detach': nicDetach };
