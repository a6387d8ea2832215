// SR-IOV on host NICs (RSDL `hosts/{h}/nics/{n}/updatevirtualfunctionsconfiguration`, `…/virtualfunctionallowednetworks`,
// `…/virtualfunctionallowedlabels`). A capable NIC carries `virtual_functions_configuration` (api.xsd
// HostNicVirtualFunctionsConfiguration). As the engine does it: BackendHostNicResource answers 405 for a NIC
// without SR-IOV; UpdateHostNicVfsConfigCommand sets the number of VFs within 0..max and, when all networks
// become allowed, drops the specific ones; Add/RemoveVfsConfigNetwork|Label (VfsConfigValidator) refuse a NIC
// without SR-IOV, specific networks while all are allowed, and one already there. Texts: AppErrors
// ACTION_TYPE_FAILED_* with VAR__ACTION__UPDATE ("edit") and VAR__TYPE__HOST_NIC_VFS_CONFIG[_NETWORK|_LABEL].
import type { Ctx } from '../context';
import { EngineFault, incomplete, invalidValue, operationFailed } from '../faults';
import type { Entity } from '../types';
import type { ActionFn } from '../writes/actions';
import { isTrue } from '../writes/body';
import { registerView } from '../views/registry';

const TYPE = 'host NIC VFs configuration';
const vfs = (nic: Entity) => nic.virtual_functions_configuration as Record<string, any> | undefined;

function sriovConfig(nic: Entity, what: string): Record<string, any> {
  const config = vfs(nic);
  if (!config) throw operationFailed(`Cannot ${what}. The selected network interface ${nic.name} is not SR-IOV enabled.`);
  return config;
}

const updateVfs: ActionFn = (_ctx, nic, action) => {
  const wanted = action.virtual_functions_configuration ?? {};
  if (wanted.number_of_virtual_functions === undefined && wanted.all_networks_allowed === undefined) {
    throw incomplete('Action', ['virtualFunctionsConfiguration.numberOfVirtualFunctions|allNetworksAllowed'], 'updateVirtualFunctionsConfiguration');
  }
  // INVALID_OPERATION_ON_NON_SRIOV_NIC, answered as a 405 fault naming the NIC.
  const config = vfs(nic);
  if (!config) throw new EngineFault(405, 'Attempt to configure SR-IOV properties on a NIC that does not support that.', nic.id, true);
  const number = wanted.number_of_virtual_functions === undefined ? config.number_of_virtual_functions : Number(wanted.number_of_virtual_functions);
  if (!Number.isInteger(number)) throw invalidValue(`${wanted.number_of_virtual_functions} is not a valid number of virtual functions.`);
  const max = config.max_number_of_virtual_functions;
  if (number < 0 || number > max) {
    throw operationFailed(`Cannot edit ${TYPE}. The specified number of VFs on network interface ${nic.name} is ${number}, the valid range is 0 - ${max}.`);
  }
  const all = wanted.all_networks_allowed === undefined ? config.all_networks_allowed : isTrue(wanted.all_networks_allowed);
  if (all && !config.all_networks_allowed) {
    delete nic._vfNetworks;
    delete nic._vfLabels;
  }
  nic.virtual_functions_configuration = { ...config, number_of_virtual_functions: number, all_networks_allowed: all };
};

export const SRIOV_ACTIONS: Record<string, ActionFn> = { 'nics/updatevirtualfunctionsconfiguration': updateVfs };

/** Networks or labels allowed on a NIC's VFs, kept on the NIC as ids (`_vfNetworks`) or label names (`_vfLabels`). */
function allowed(field: '_vfNetworks' | '_vfLabels', noun: 'network' | 'label', resolve: (ctx: Ctx, body: Record<string, any>) => { id: string; name: string }) {
  const type = `${TYPE} ${noun}`;
  const named = (s: string) => `${noun === 'network' ? 'Network' : 'Label'} ${s}`;
  return {
    list: (_ctx: Ctx, nic: Entity): Entity[] => (vfs(nic) ? (nic[field] ?? []).map((id: string) => ({ id })) : []),
    add(ctx: Ctx, nic: Entity, body: Record<string, any>): Entity {
      const what = `add ${type}`;
      const config = sriovConfig(nic, what);
      const item = resolve(ctx, body);
      if (config.all_networks_allowed) throw operationFailed(`Cannot ${what}. All networks are allowed, cannot set specific network/label.`);
      const held: string[] = nic[field] ?? [];
      if (held.includes(item.id)) throw operationFailed(`Cannot ${what}. ${named(item.name)} already exists in network interface ${nic.name} VFs configuration.`);
      nic[field] = [...held, item.id];
      return { id: item.id };
    },
    remove(_ctx: Ctx, nic: Entity, item: Entity): void {
      sriovConfig(nic, `remove ${type}`);
      nic[field] = (nic[field] ?? []).filter((id: string) => id !== item.id);
    },
  };
}

registerView('hosts/nics/virtualfunctionallowednetworks', allowed('_vfNetworks', 'network', (ctx, body) => {
  const net = body.id ? ctx.store.get('networks', body.id) : ctx.store.list('networks').find((n) => n.name === body.name);
  if (!net) throw new EngineFault(400, 'Operation Failed', `Entity not found: Network: ${body.id ? `id=${body.id}` : `name=${body.name}`}`);
  return { id: net.id, name: net.name };
}));
registerView('hosts/nics/virtualfunctionallowedlabels', allowed('_vfLabels', 'label', (_ctx, body) => ({ id: String(body.id), name: String(body.id) })));
