// Host networking, v3 form of setupnetworks (guide 14.7.2.3, rsdl `/hosts/{host:id}/nics/setupnetworks`:
// host_nics, checkConnectivity, connectivityTimeout, force). The body's <host_nics> is the desired state of
// the host's NICs: networks per NIC, bonds with their slaves and options. Whatever is left out loses its
// networks, bonds not listed are broken up. Everything is validated first (nothing changes on a fault), then
// applied as one change; the host's configuration stays uncommitted until commitnetconfig (14.8.8).
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import type { ActionFn } from '../writes/actions';
import { newId } from '../writes/ids';
import { attach, networkOf } from './networkActions';

const BOND_NAME = /^bond\d+$/;
const DEFAULT_OPTIONS = { option: [{ name: 'mode', value: '4', type: 'Dynamic link aggregation (802.3ad)' }, { name: 'miimon', value: '100' }] };
/** HostSetupNetworksCommand accepts hosts that are Up, in Maintenance or NonOperational. */
const SETUP_STATES = ['up', 'maintenance', 'non_operational'];

const refuse = (reason: string) => operationFailed(`Cannot setup Networks. ${reason}`);
const nicKey = (host: Entity) => `hosts/${host.id}/nics`;
const attachmentKey = (host: Entity) => `hosts/${host.id}/networkattachments`;

interface Wanted { nic?: Entity; name: string; bond?: { slaves: Entity[]; options: Entity }; networks: Entity[] }

function findNic(nics: Entity[], ref: Entity): Entity | undefined {
  return nics.find((n) => (ref.id ? n.id === ref.id : n.name === ref.name));
}

function notFoundNic(ref: Entity): EngineFault {
  return new EngineFault(400, 'Operation Failed', `Entity not found: HostNIC: ${ref.id ? `id=${ref.id}` : `name=${ref.name}`}`);
}

/** Reads and checks the whole desired layout before anything is changed. */
function plan(ctx: Ctx, host: Entity, entries: Entity[]): Wanted[] {
  const nics = ctx.store.list(nicKey(host));
  const inCluster = new Set(ctx.store.list(`clusters/${host.cluster?.id}/networks`).map((n) => n.id));
  const wanted: Wanted[] = entries.map((e) => {
    const nic = findNic(nics, e);
    if (!e.bonding && !nic) throw notFoundNic(e);
    if (e.bonding && !nic && !BOND_NAME.test(String(e.name ?? ''))) {
      throw new EngineFault(400, 'Operation Failed', `[Cannot setup Networks. The bond name ${e.name ?? ''} is not valid; a bond name is "bond" followed by a number.]`);
    }
    const slaves = e.bonding ? (e.bonding.slaves?.host_nic ?? []).map((s: Entity) => findNic(nics, s) ?? (() => { throw notFoundNic(s); })()) : [];
    const networks = e.network ? [networkOf(ctx, e.network)] : [];
    return { nic, name: String(nic?.name ?? e.name), networks, bond: e.bonding ? { slaves, options: e.bonding.options ?? nic?.bonding?.options ?? DEFAULT_OPTIONS } : undefined };
  });
  const seen = new Map<string, string>();
  for (const w of wanted) {
    for (const net of w.networks) {
      if (seen.has(net.id)) throw refuse(`Network ${net.name} is attached to more than one interface: ${seen.get(net.id)}, ${w.name}.`);
      if (!inCluster.has(net.id)) throw refuse(`The following Logical Networks do not exist in the host's cluster: ${net.name}.`);
      seen.set(net.id, w.name);
    }
  }
  const slaveOf = new Map<string, string>();
  for (const w of wanted.filter((x) => x.bond)) {
    if (w.bond!.slaves.length < 2) throw refuse(`Bond ${w.name} must have at least two slaves.`);
    for (const s of w.bond!.slaves) {
      if (s.bonding) throw refuse(`Interface ${s.name} is a bond and cannot be a slave of bond ${w.name}.`);
      if (slaveOf.has(s.id)) throw refuse(`Interface ${s.name} is a slave of more than one bond: ${slaveOf.get(s.id)}, ${w.name}.`);
      slaveOf.set(s.id, w.name);
    }
  }
  for (const w of wanted) {
    if (w.nic && slaveOf.has(w.nic.id) && w.networks.length) throw refuse(`Interface ${w.name} is a slave of bond ${slaveOf.get(w.nic.id)} and cannot have networks attached.`);
  }
  const mgmt = ctx.store.get('clusters', host.cluster?.id)?.management_network?.id;
  if (mgmt && ctx.store.list(attachmentKey(host)).some((a) => a.network?.id === mgmt) && !seen.has(mgmt)) {
    throw refuse('The management network cannot be detached from the host.');
  }
  return wanted;
}

function setMaster(ctx: Ctx, host: Entity, slave: Entity, bond: Entity | undefined): void {
  const links = (slave.link ?? []).filter((l: Entity) => l.rel !== 'master');
  if (bond) {
    slave._master = bond.id;
    links.push({ rel: 'master', href: `${ctx.base}/hosts/${host.id}/nics/${bond.id}` });
  } else delete slave._master;
  if (links.length) slave.link = links;
  else delete slave.link;
}

/** Applies a checked layout: bonds first (made, changed, broken up), then every network where it is wanted. */
function apply(ctx: Ctx, host: Entity, wanted: Wanted[]): void {
  const key = nicKey(host);
  const keptBonds = new Set(wanted.filter((w) => w.bond && w.nic).map((w) => w.nic!.id));
  for (const old of ctx.store.list(key).filter((n) => n.bonding && !keptBonds.has(n.id))) {
    for (const s of ctx.store.list(key)) if (s._master === old.id) setMaster(ctx, host, s, undefined);
    ctx.store.remove(key, old.id);
  }
  for (const a of ctx.store.list(attachmentKey(host))) ctx.store.remove(attachmentKey(host), a.id);
  for (const n of ctx.store.list(key)) delete n.network;
  for (const w of wanted) {
    if (!w.bond) continue;
    const { slaves, options } = w.bond;
    const bond = w.nic ?? ctx.store.put(key, {
      id: newId(ctx), name: w.name, host: { id: host.id }, mtu: 1500, boot_protocol: 'none', bridged: true,
      mac: { address: slaves[0].mac?.address },
    });
    Object.assign(bond, {
      speed: slaves.reduce((sum, n) => sum + (n.speed ?? 0), 0),
      status: { state: slaves.some((n) => n.status?.state === 'up') ? 'up' : 'down' },
      bonding: { options, slaves: { host_nic: slaves.map((n) => ({ id: n.id })) } },
    });
    for (const s of ctx.store.list(key)) if (s._master === bond.id && !slaves.some((x) => x.id === s.id)) setMaster(ctx, host, s, undefined);
    for (const s of slaves) setMaster(ctx, host, s, bond);
    w.nic = bond;
  }
  for (const w of wanted) for (const net of w.networks) attach(ctx, host, w.nic!, net);
}

/** POST /hosts/{id}/nics/setupnetworks (and the host-level alias with host_nics). */
export const setupNetworksV3: ActionFn = (ctx, host, action) => {
  const state = host.status?.state;
  if (!SETUP_STATES.includes(state)) throw refuse(`Host status is ${state}; it must be Up, Maintenance or Non Operational.`);
  const timeout = action.connectivity_timeout;
  if (timeout !== undefined && !(Number.isInteger(Number(timeout)) && Number(timeout) > 0)) {
    throw new EngineFault(400, 'Invalid value', `${timeout} is not a valid value for connectivityTimeout: it must be a positive number of seconds.`);
  }
  apply(ctx, host, plan(ctx, host, action.host_nics?.host_nic ?? []));
  // The demo's network stays reachable, so check_connectivity never rolls the change back.
  host._netUncommitted = true;
  ctx.emit({ code: AUDIT.PERSIST_SETUP_NETWORK_ON_HOST_FINISHED, severity: 'normal', correlationId: ctx.correlationId,
    description: `(1/1): Successfully applied changes on host ${host.name}. (User: ${userName(ctx.user)})`,
    refs: { host: host.id, cluster: host.cluster?.id } });
};

/** POST /hosts/{id}/commitnetconfig: the running configuration is saved on the host. */
export const commitNetConfig: ActionFn = (ctx, host) => {
  delete host._netUncommitted;
  ctx.emit({ code: AUDIT.NETWORK_COMMINT_NETWORK_CHANGES, severity: 'normal', correlationId: ctx.correlationId,
    description: `Network changes were saved on host ${host.name}`, refs: { host: host.id, cluster: host.cluster?.id } });
};
