// The providers a fresh oVirt 4.3 engine has: engine-setup adds the public Glance repository
// `ovirt-image-repository` (whose image domain the demo seeds, seed/extras.ts) and the OVN network provider
// `ovirt-provider-ovn` on the engine machine, authenticating against the engine (`admin@internal`).
import { Random } from '../ids';
import type { Store } from '../store';
import { derivedId } from './remote';

const ENGINE = 'engine.demo.example.com';

export function seedProviders(store: Store, rnd: Random): void {
  const glanceUrl = 'http://glance.ovirt.org:9292';
  const glance = store.put('openstackimageproviders', { id: rnd.uuid(), name: 'ovirt-image-repository',
    description: 'Public Glance repository for oVirt', url: glanceUrl, requires_authentication: false, tenant_name: '' });
  const sd = store.list('storagedomains').find((d) => d.type === 'image' && d.storage?.address === glanceUrl);
  if (sd) sd._provider = glance.id;
  const ovn = store.put('openstacknetworkproviders', { id: rnd.uuid(), name: 'ovirt-provider-ovn', description: 'oVirt network provider for OVN',
    url: `https://${ENGINE}:9696`, requires_authentication: true, username: 'admin@internal',
    authentication_url: `https://${ENGINE}:35357/v2.0/`, tenant_name: 'oVirt', plugin_type: 'open_vswitch' });
  // Its first network (networkProvider.ts) carries the subnet an admin gave it.
  const net = derivedId(ovn.id, 'network', 0);
  store.put(`openstacknetworkproviders/${ovn.id}/networks/${net}/subnets`, { id: rnd.uuid(), name: 'public-subnet', cidr: '192.168.100.0/24',
    ip_version: 'v4', gateway: '192.168.100.1', dns_servers: { dns_server: ['192.168.100.2'] } });
}
