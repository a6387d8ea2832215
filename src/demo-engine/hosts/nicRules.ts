// Host NICs (guide 14.7.2): the attach/detach actions a NIC offers (example 14.13), and bonds created with
// POST /hosts/{id}/nics (14.7.2.2, example 14.14): the bond gets its host, its first slave's MAC, a status
// (up when any slave is up) and default bonding options; its slaves link to it as their master. Removing the
// bond frees the slaves. A network named in the POST is attached to the bond like a network attachment.
import { EngineFault, operationFailed } from '../faults';
import { registerActions } from '../represent';
import type { Ctx } from '../context';
import type { Entity } from '../types';
import { newId } from '../writes/ids';
import { registerRules } from '../writes/rules';
import { attach, detach, networkOf } from './networkActions';

/** Bonding mode 4 and link monitoring every 100 ms: the defaults the engine's setup dialog offers. */
const DEFAULT_OPTIONS = { option: [{ name: 'mode', value: '4', type: 'Dynamic link aggregation (802.3ad)' }, { name: 'miimon', value: '100' }] };
const BOND_NAME = /^bond\d+$/;

// Example 14.13: a NIC offers attach and detach; a bond's slave carries no network of its own, so it offers neither.
// An SR-IOV capable NIC also offers its VFs configuration (hosts/sriov.ts).
registerActions('hosts/nics', (nic) => [...(nic._master ? [] : nic.network?.id ? ['attach', 'detach'] : ['attach']),
  ...(nic.virtual_functions_configuration ? ['updatevirtualfunctionsconfiguration'] : [])]);

function slavesOf(ctx: Ctx, host: Entity, refs: Entity[]): Entity[] {
  return refs.map((ref) => {
    const nic = ctx.store.list(`hosts/${host.id}/nics`).find((n) => (ref.id ? n.id === ref.id : n.name === ref.name));
    if (!nic) throw new EngineFault(400, 'Operation Failed', `Entity not found: HostNIC: ${ref.id ? `id=${ref.id}` : `name=${ref.name}`}`);
    if (nic.bonding) throw operationFailed(`Cannot add Bond. Interface ${nic.name} is a bond and cannot be a slave.`);
    if (nic._master) throw operationFailed('Network Interface already belongs to the bond.');
    if (nic.network?.id) throw operationFailed(`Cannot add Bond. Interface ${nic.name} has a network attached and cannot be a slave.`);
    return nic;
  });
}

/** The network a bond's POST names, checked in `prepare` and attached in `afterCreate` (one request each). */
const pendingNetwork = new WeakMap<Ctx, Entity>();

registerRules('hosts/nics', {
  dupName: { add: [409, 'Cannot add Bond. The name is already in use by another interface of the host.'], edit: [409, 'Cannot edit Host Interface. The name is already in use by another interface of the host.'] },
  prepare(ctx, body, host) {
    if (!BOND_NAME.test(String(body.name ?? ''))) throw new EngineFault(400, 'Operation Failed', '[Bond name must be formatted as <bondYYY>.]');
    const refs: Entity[] = body.bonding?.slaves?.host_nic ?? [];
    if (refs.length < 2) throw new EngineFault(400, 'Operation Failed', '[Invalid parameters.\n-Please check that bond name is formatted as <bondYYY>.\n-Bond consist of at least two network interfaces(NICs).]');
    const slaves = slavesOf(ctx, host!, refs);
    const { network, ...rest } = body;
    // Example 14.14 names the bond's network: it is attached once the bond exists (checked first).
    if (network) pendingNetwork.set(ctx, networkOf(ctx, network));
    return {
      mtu: 1500, boot_protocol: 'none', bridged: true, ...rest, id: newId(ctx), host: { id: host!.id },
      mac: { address: slaves[0].mac?.address }, speed: slaves.reduce((sum, n) => sum + (n.speed ?? 0), 0),
      status: { state: slaves.some((n) => n.status?.state === 'up') ? 'up' : 'down' },
      bonding: { options: body.bonding?.options ?? DEFAULT_OPTIONS, slaves: { host_nic: slaves.map((n) => ({ id: n.id })) } },
    };
  },
  afterCreate(ctx, bond, _href, host) {
    const base = `${ctx.base}/hosts/${host!.id}/nics`;
    for (const ref of bond.bonding.slaves.host_nic) {
      const slave = ctx.store.get(`hosts/${host!.id}/nics`, ref.id)!;
      slave._master = bond.id;
      // Table 14.4: `link rel="master"`, a reference to the bond a slave belongs to.
      slave.link = [...(slave.link ?? []).filter((l: Entity) => l.rel !== 'master'), { rel: 'master', href: `${base}/${bond.id}` }];
    }
    const net = pendingNetwork.get(ctx);
    if (net) attach(ctx, host!, bond, net);
  },
  canRemove(ctx, nic, host) {
    if (!nic.bonding) throw operationFailed('Cannot remove Host Interface. Only bonds can be removed.');
    if (ctx.store.list(`hosts/${host!.id}/networkattachments`).some((a) => a.host_nic?.id === nic.id)) {
      throw operationFailed(`Cannot remove Bond. Bond ${nic.name} has networks attached; detach them first.`);
    }
  },
  remove(ctx, bond, host) {
    ctx.store.remove(`hosts/${host!.id}/nics`, bond.id);
    for (const slave of ctx.store.list(`hosts/${host!.id}/nics`)) {
      if (slave._master !== bond.id) continue;
      delete slave._master;
      slave.link = (slave.link ?? []).filter((l: Entity) => l.rel !== 'master');
      if (!slave.link.length) delete slave.link;
    }
  },
});

// The host-level network attachments (guide 14.7.1) keep the NIC's `network` in step like the NIC-level ones.
registerRules('hosts/networkattachments', {
  afterCreate(ctx, a, _href, host) {
    const nic = ctx.store.get(`hosts/${host!.id}/nics`, a.host_nic?.id ?? '');
    if (nic && a.network?.id) nic.network = { id: a.network.id };
  },
  remove: (ctx, a, host) => detach(ctx, host!, a),
});
