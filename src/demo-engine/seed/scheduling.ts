// What the engine's scheduling policies are made of (RSDL schedulingpolicies/{id}/filters|weights|balances): the
// policy units of a 4.3 engine (PolicyUnitImpl subclasses; filters, weights with their factor, one balance per
// policy) and the units of each built-in policy (InternalClusterPolicies), plus one policy an administrator made.
import type { Random } from '../ids';
import type { Store } from '../store';
import type { Entity } from '../types';

const MORE_UNITS: [string, string, string][] = [
  ['Network', 'filter', 'Filters out hosts that are missing networks required by VM NICs'],
  ['HA', 'filter', 'Runs VMs only on hosts with a proper high availability score'],
  ['PinToHost', 'filter', 'Filters out all hosts that the VM is not pinned to'],
  ['VmAffinityGroups', 'filter', 'Enables Affinity Groups hard enforcement for VMs'],
  ['HostDevice', 'filter', 'Filters out hosts not supporting VM required host devices'],
  ['None', 'weight', 'Follows Even Distribution weight module'],
  ['HA', 'weight', 'Weights hosts according to their HA score'],
  ['OptimalForHaReservation', 'weight', 'Weights hosts in accordance to their HA score'],
  ['OptimalForPowerSaving', 'weight', 'Gives hosts with higher CPU usage, lower weight'],
  ['OptimalForEvenGuestDistribution', 'weight', 'Weights a host by the number of VMs it runs'],
  ['None', 'balance', 'No load balancing operation'],
  ['OptimalForEvenDistribution', 'balance', 'Load balancing VMs in cluster according to hosts CPU load'],
  ['OptimalForEvenGuestDistribution', 'balance', 'Even VM count distribution policy'],
];

/** Units of a policy by `type/name`, weights with `:factor`. */
const POLICIES: Record<string, string[]> = {
  none: ['filter/PinToHost', 'filter/Memory', 'filter/CPU', 'filter/Network', 'filter/HA', 'filter/VmAffinityGroups', 'filter/HostDevice',
    'weight/None:1', 'weight/HA:1', 'weight/OptimalForHaReservation:1', 'balance/None'],
  evenly_distributed: ['filter/PinToHost', 'filter/Memory', 'filter/CPU', 'filter/Network', 'filter/HA', 'filter/VmAffinityGroups',
    'weight/OptimalForEvenDistribution:1', 'weight/HA:1', 'weight/OptimalForHaReservation:1', 'balance/OptimalForEvenDistribution'],
  power_saving: ['filter/PinToHost', 'filter/Memory', 'filter/CPU', 'filter/Network', 'filter/HA',
    'weight/OptimalForPowerSaving:1', 'weight/HA:1', 'balance/OptimalForPowerSaving'],
  vm_evenly_distributed: ['filter/PinToHost', 'filter/Memory', 'filter/CPU', 'filter/Network', 'filter/HA',
    'weight/OptimalForEvenGuestDistribution:1', 'weight/HA:1', 'balance/OptimalForEvenGuestDistribution'],
  ha_reserved: ['filter/Memory', 'filter/CPU', 'filter/Network', 'filter/HA',
    'weight/OptimalForEvenDistribution:1', 'weight/OptimalForHaReservation:2', 'balance/OptimalForEvenDistribution'],
};

export function seedScheduling(store: Store, rnd: Random): void {
  for (const [name, type, description] of MORE_UNITS) {
    store.put('schedulingpolicyunits', { id: rnd.uuid(), name, description, type, enabled: true, internal: true });
  }
  store.put('schedulingpolicies', { id: rnd.uuid(), name: 'ha_reserved', description: 'Even distribution keeping room for highly available VMs',
    policy: 'evenly_distributed', locked: false, default_policy: false });
  const units = store.list('schedulingpolicyunits');
  for (const policy of store.list('schedulingpolicies')) {
    for (const spec of POLICIES[policy.name] ?? []) addUnit(store, policy, units, spec);
  }
}

function addUnit(store: Store, policy: Entity, units: Entity[], spec: string): void {
  const [type, rest] = spec.split('/');
  const [name, factor] = rest.split(':');
  const unit = units.find((u) => u.type === type && u.name === name)!;
  const ref = { id: unit.id, scheduling_policy_unit: { id: unit.id } };
  if (type === 'filter') store.put(`schedulingpolicies/${policy.id}/filters`, { ...ref, position: name === 'PinToHost' ? -1 : 0 });
  if (type === 'weight') store.put(`schedulingpolicies/${policy.id}/weights`, { ...ref, scheduling_policy: { id: policy.id }, factor: Number(factor) });
  if (type === 'balance') store.put(`schedulingpolicies/${policy.id}/balances`, { ...ref, scheduling_policy: { id: policy.id } });
}
