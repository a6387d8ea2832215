// An OpenStack volume provider (Cinder), simulated: its volume types come from the provider (stable ids); its
// authentication keys are libvirt secrets the engine keeps itself (BackendOpenStackVolumeAuthenticationKeysResource:
// AddLibvirtSecret with uuid, value and usage_type required, UpdateLibvirtSecret, RemoveLibvirtSecret), so
// clients add, change and remove them without asking Cinder. The secret's uuid is its id (LibvirtSecretMapper),
// and its value is written, never shown.
import { invalidValue, operationFailed } from '../faults';
import { registerView } from '../views/registry';
import { notMember } from '../writes/inventoryRules';
import { registerRules } from '../writes/rules';
import { derivedId, remoteView } from './remote';
import { providerRef } from './providerRef';

const SEGMENT = 'openstackvolumeproviders';
const BACKENDS = [['ceph', 'rbd'], ['lvm-thin', 'lvm']];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

registerView(`${SEGMENT}/volumetypes`, remoteView((ctx, p) => BACKENDS.map(([name, backend], i) => ({
  id: derivedId(p.id, 'volumetype', i), name,
  properties: { property: [{ name: 'volume_backend_name', value: backend }] }, openstack_volume_provider: providerRef(p),
}))));

/** OpenstackVolumeAuthenticationKeyUsageType has the one value. */
function usageType(value: unknown): string {
  const v = String(value).toLowerCase();
  if (v !== 'ceph') throw notMember(value, 'OpenstackVolumeAuthenticationKeyUsageType', ['ceph']);
  return v;
}

registerRules(`${SEGMENT}/authenticationkeys`, {
  prepare(ctx, body, p) {
    const uuid = String(body.uuid).trim().toLowerCase();
    if (!UUID.test(uuid)) throw invalidValue(`${body.uuid} is not a valid UUID`);
    const usage_type = usageType(body.usage_type);
    if (ctx.store.list(`${SEGMENT}/${p!.id}/authenticationkeys`).some((k) => k.id === uuid)) {
      throw operationFailed('Cannot add Authentication Key. The specified UUID already exists.');
    }
    return { id: uuid, uuid, description: body.description, usage_type, _value: body.value,
      creation_date: new Date(ctx.now()).toISOString(), openstack_volume_provider: providerRef(p!) };
  },
  canUpdate(_ctx, _key, body) {
    if (body.usage_type !== undefined) body.usage_type = usageType(body.usage_type);
    if (body.value !== undefined) body._value = body.value;
    delete body.value;
  },
  readOnly: ['uuid', 'creation_date', 'openstack_volume_provider'],
});
