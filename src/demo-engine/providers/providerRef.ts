// A provider as the items it holds name it. The schema makes an OpenStack provider's `tenant_name` (and a
// network provider's `plugin_type`) required even inside such a reference (api.xsd OpenStackProvider,
// OpenStackNetworkProvider), so the reference carries them beside the id to stay valid.
import type { Entity } from '../types';

export function providerRef(p: Entity): Entity {
  return { id: p.id, tenant_name: p.tenant_name ?? '' };
}

export const networkProviderRef = (p: Entity): Entity => ({ ...providerRef(p), plugin_type: p.plugin_type ?? '' });
