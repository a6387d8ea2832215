// An external host provider (Foreman / Satellite), simulated: the hosts it manages, its host groups, compute
// resources and discovered (bare-metal, not yet provisioned) hosts, derived from the provider's url so every
// GET shows the same. As in the engine's mappers (ExternalHostMapper, ExternalHostGroupMapper,
// ExternalComputeResourceMapper, ExternalDiscoveredHostMapper) an item's id is its name in hex
// (HexUtils.string2hex): Foreman's objects have no UUID the engine could use.
import type { Ctx } from '../context';
import type { Entity } from '../types';
import { registerView } from '../views/registry';
import { hex } from '../views/rsdlViews';
import { hash, providerDomain, providerHost, remoteView } from './remote';

const SEGMENT = 'externalhostproviders';
const SUBNET = 'provisioning';

type Build = (p: Entity, domain: string, n: number, ctx: Ctx) => Array<Record<string, string> & { name: string }>;

function register(sub: string, build: Build): void {
  registerView(`${SEGMENT}/${sub}`, remoteView((ctx: Ctx, p) => {
    const domain = providerDomain(p);
    // The provider's own address decides the lab's subnet, so two Foremans do not report the same hosts.
    const n = 10 + (hash(providerHost(p) ?? '') % 200);
    const ref = { id: p.id };
    return build(p, domain, n, ctx).map((e) => ({ ...e, id: hex(e.name), external_host_provider: ref }));
  }));
}

register('hosts', (_p, domain) => [1, 2, 3].map((i) => {
  const name = `hyp0${i}.${domain}`;
  return { name, address: name };
}));

register('hostgroups', (_p, domain) => [
  { name: 'rhv-hypervisors', architecture_name: 'x86_64', operating_system_name: 'RedHat 7.6', domain_name: domain, subnet_name: SUBNET },
  { name: 'rhv-hypervisors/gpu', architecture_name: 'x86_64', operating_system_name: 'RedHat 7.6', domain_name: domain, subnet_name: SUBNET },
]);

register('computeresources', (_p, domain) => [
  { name: `libvirt-${domain.split('.')[0]}`, provider: 'Libvirt', url: `qemu+ssh://root@virt01.${domain}/system`, user: 'root' },
  { name: 'rhv-manager', provider: 'oVirt', url: `https://rhvm.${domain}/ovirt-engine/api`, user: 'admin@internal' },
]);

/** Discovered hosts report in while they wait; the demo's last did at six in the morning (UTC) of the engine's day. */
register('discoveredhosts', (p, _domain, n, ctx) => [0, 1].map((i) => {
  const day = Math.floor(ctx.now() / 86400_000) * 86400_000;
  const mac = `52:54:00:${(n % 256).toString(16).padStart(2, '0')}:0${i}:${(hash(p.id ?? '') % 256).toString(16).padStart(2, '0')}`;
  return { name: `mac${mac.replace(/:/g, '')}`, ip: `10.${n}.1.${100 + i}`, mac, subnet_name: SUBNET, last_report: new Date(day + 6 * 3600_000 - i * 600_000).toISOString() };
}));
