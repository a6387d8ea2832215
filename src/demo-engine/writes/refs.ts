// Reference elements sent by name (`<cluster><name>Default</name></cluster>`) are resolved to ids, like
// the engine does; an unknown name is the engine's "Entity not found" fault.
import { REFERENCE_COLLECTION } from '../collections';
import type { Ctx } from '../context';
import { EngineFault } from '../faults';

const TYPE_NAMES: Record<string, string> = {
  cluster: 'Cluster', data_center: 'Data Center', host: 'Hosts', template: 'Template', vm: 'VM', storage_domain: 'Storage Domain',
  network: 'Network', role: 'Role', user: 'User', group: 'Group', tag: 'Tag', vnic_profile: 'VnicProfile', vmpool: 'VmPool',
};

export function resolveRefs(ctx: Ctx, body: Record<string, any>): void {
  for (const [k, v] of Object.entries(body)) {
    const coll = REFERENCE_COLLECTION[k];
    if (!coll || !v || typeof v !== 'object' || Array.isArray(v)) continue;
    if (v.id === undefined && typeof v.name === 'string') {
      const found = ctx.store.list(coll).find((e) => e.name === v.name);
      if (!found) throw new EngineFault(400, 'Operation Failed', `Entity not found: ${TYPE_NAMES[k] ?? k}: name=${v.name}`);
      body[k] = { id: found.id };
    } else if (typeof v.id === 'string' && !ctx.store.get(coll, v.id) && ['cluster', 'template', 'data_center', 'host'].includes(k)) {
      throw new EngineFault(400, 'Operation Failed', `Entity not found: ${TYPE_NAMES[k] ?? k}: id=${v.id}`);
    }
  }
}
