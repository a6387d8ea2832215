// Collections of the engine's RSDL beyond the guide's (../shared/spec/engine/rsdl.xml; testing/rsdl-links.tsv):
// external providers, icons, Katello errata, and sub-collections of VMs, templates, instance types, users and
// scheduling policies. The demo keeps most of them empty or as clients fill them; they answer like the engine,
// with the list and item elements the schema gives them.
import type { CollectionDef, SubDef } from './collections';

const sub = (segment: string, list: string, item: string): SubDef => ({ segment, list, item });
const certificates = sub('certificates', 'certificates', 'certificate');
const graphicsConsoles = sub('graphicsconsoles', 'graphics_consoles', 'graphics_console');
const katello = sub('katelloerrata', 'katello_errata', 'katello_erratum');

export const RSDL_COLLECTIONS: CollectionDef[] = [
  { segment: 'externalhostproviders', list: 'external_host_providers', item: 'external_host_provider', subs: [certificates,
    sub('computeresources', 'external_compute_resources', 'external_compute_resource'),
    sub('discoveredhosts', 'external_discovered_hosts', 'external_discovered_host'),
    sub('hostgroups', 'external_host_groups', 'external_host_group'), sub('hosts', 'external_hosts', 'external_host')] },
  { segment: 'icons', list: 'icons', item: 'icon' },
  { segment: 'katelloerrata', list: 'katello_errata', item: 'katello_erratum' },
  { segment: 'openstackimageproviders', list: 'openstack_image_providers', item: 'openstack_image_provider', subs: [certificates,
    sub('images', 'openstack_images', 'openstack_image')] },
  { segment: 'openstacknetworkproviders', list: 'openstack_network_providers', item: 'openstack_network_provider', subs: [certificates,
    sub('networks', 'openstack_networks', 'openstack_network')] },
  { segment: 'openstackvolumeproviders', list: 'openstack_volume_providers', item: 'openstack_volume_provider', subs: [certificates,
    sub('authenticationkeys', 'openstack_volume_authentication_keys', 'openstack_volume_authentication_key'),
    sub('volumetypes', 'openstack_volume_types', 'openstack_volume_type')] },
];

/** Sub-collections the RSDL gives collections the guide already has. */
export const RSDL_SUBS: Record<string, SubDef[]> = {
  vms: [graphicsConsoles, sub('hostdevices', 'host_devices', 'host_device'), katello],
  templates: [graphicsConsoles],
  instancetypes: [graphicsConsoles, sub('nics', 'nics', 'nic'), sub('watchdogs', 'watchdogs', 'watchdog')],
  users: [sub('sshpublickeys', 'ssh_public_keys', 'ssh_public_key')],
  schedulingpolicies: [sub('balances', 'balances', 'balance'), sub('filters', 'filters', 'filter'), sub('weights', 'weights', 'weight')],
};
