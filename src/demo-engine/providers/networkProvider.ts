// An OpenStack network provider (Neutron, or ovirt-provider-ovn speaking its API), simulated: the networks it
// holds are derived from the provider (stable ids), each linking its `subnets`, which clients add and remove
// (BackendOpenStackSubnetsResource: AddSubnetToProvider, RemoveSubnetFromProvider; no update in the RSDL).
// Neutron refuses a subnet without a cidr and ip version, and a cidr that is no network of that version; the
// engine reports Neutron's refusal as PROVIDER_FAILURE.
import type { Ctx } from '../context';
import { incomplete } from '../faults';
import type { Entity } from '../types';
import { registerView } from '../views/registry';
import { newId } from '../writes/ids';
import { notMember } from '../writes/inventoryRules';
import { derivedId, providerFailure, remoteView } from './remote';
import { networkProviderRef } from './providerRef';

const SEGMENT = 'openstacknetworkproviders';
const NETWORKS = ['public', 'tenant-private'];

registerView(`${SEGMENT}/networks`, remoteView((ctx, p) => NETWORKS.map((name, i) => {
  const id = derivedId(p.id, 'network', i);
  const href = `${ctx.base}/${SEGMENT}/${p.id}/networks/${id}`;
  return { id, name, openstack_network_provider: networkProviderRef(p), link: [{ rel: 'subnets', href: `${href}/subnets` }] };
})));

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const V6 = /^[0-9a-f:]+:[0-9a-f:]*\/(\d{1,3})$/i;

/** Neutron's default gateway: the first address of the network. */
function checkedGateway(cidr: string, version: string): string | undefined {
  if (version === 'v6') {
    const m = V6.exec(cidr);
    if (!m || Number(m[1]) > 128) throw providerFailure();
    return undefined;
  }
  const m = V4.exec(cidr);
  if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || Number(m[5]) > 32) throw providerFailure();
  return `${m[1]}.${m[2]}.${m[3]}.${Number(m[4]) + 1}`;
}

const subnetsKey = (p: Entity, net: Entity) => `${SEGMENT}/${p.id}/networks/${net.id}/subnets`;

function newSubnet(ctx: Ctx, body: Record<string, any>): Entity {
  const missing = ['name', 'cidr', 'ip_version'].filter((k) => typeof body[k] !== 'string' || body[k].trim() === '');
  if (missing.length) throw incomplete('OpenStackSubnet', missing, 'add');
  const version = String(body.ip_version).toLowerCase();
  if (version !== 'v4' && version !== 'v6') throw notMember(body.ip_version, 'IpVersion', ['v4', 'v6']);
  const cidr = body.cidr.trim();
  const gateway = body.gateway ?? checkedGateway(cidr, version);
  return { id: newId(ctx), name: body.name, description: body.description, cidr, ip_version: version, gateway, dns_servers: body.dns_servers };
}

// Stored per network; listed with the network and its provider as parents (BackendOpenStackSubnetsResource.addParents).
registerView(`${SEGMENT}/networks/subnets`, {
  list: (ctx, net, [p]) => ctx.store.list(subnetsKey(p, net)).map((s) => ({ ...s,
    openstack_network: { id: net.id, href: `${ctx.base}/${SEGMENT}/${p.id}/networks/${net.id}`, openstack_network_provider: networkProviderRef(p) } })),
  add: (ctx, net, body, [p]) => ctx.store.put(subnetsKey(p, net), newSubnet(ctx, body)),
  remove: (ctx, net, item, _body, [p]) => { ctx.store.remove(subnetsKey(p, net), item.id); },
});
