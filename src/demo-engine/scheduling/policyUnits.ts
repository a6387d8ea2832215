// The filters, weights and balance of a scheduling policy (RSDL schedulingpolicies/{id}/filters|weights|balances),
// each named by the id of a unit of /schedulingpolicyunits. The engine edits the policy for each change
// (BackendPolicyUnitsResource.performAdd: EditClusterPolicy, answered 200 with the unit), so its checks apply
// (ClusterPolicyCRUDCommand): a built-in policy is locked (checkRemoveEditValidations:
// ACTION_TYPE_FAILED_CLUSTER_POLICY_PARAMETERS_INVALID), a unit must exist (..._UNKNOWN_POLICY_UNIT) and be of the
// kind (..._FILTER_NOT_IMPLEMENTED and the like), appear once (..._DUPLICATE_POLICY_UNIT), and a weight's factor
// may not be negative (..._FUNCTION_FACTOR_NEGATIVE). A policy has one balance: adding one replaces it.
import type { Ctx } from '../context';
import { operationFailed } from '../faults';
import { represent } from '../represent';
import { xml } from '../respond';
import type { Entity } from '../types';
import { registerRules } from '../writes/rules';

const KINDS = { filters: 'filter', weights: 'weight', balances: 'balance' } as const;
const edit = (detail: string) => operationFailed(`Cannot edit Scheduling Policy. ${detail}`);

export function checkUnlocked(policy: Entity | undefined, what = 'edit'): void {
  if (policy?.locked) throw operationFailed(`Cannot ${what} Scheduling Policy. Policy ${policy.name} is built in (locked); clone it to change it.`);
}

function unitFor(ctx: Ctx, body: Record<string, any>, kind: string): Entity {
  const id = body.scheduling_policy_unit?.id;
  const unit = ctx.store.get('schedulingpolicyunits', id ?? '');
  if (!unit) throw edit(`Unknown policy unit ${id}.`);
  if (unit.type !== kind) throw edit(`Policy unit ${unit.name} is a ${unit.type}, not a ${kind}.`);
  return unit;
}

for (const [segment, kind] of Object.entries(KINDS)) {
  const path = `schedulingpolicies/${segment}`;
  registerRules(path, {
    prepare(ctx, body, policy) {
      checkUnlocked(policy);
      const unit = unitFor(ctx, body, kind);
      const key = `schedulingpolicies/${policy!.id}/${segment}`;
      if (kind === 'balance') ctx.store.coll(key).clear();
      else if (ctx.store.get(key, unit.id)) throw edit(`Policy unit ${unit.name} is already in the policy.`);
      const entity: Entity = { id: unit.id, scheduling_policy_unit: { id: unit.id } };
      if (kind !== 'filter') entity.scheduling_policy = { id: policy!.id };
      if (kind === 'filter') entity.position = Number(body.position ?? 0);
      if (kind === 'weight') {
        entity.factor = Number(body.factor ?? 1);
        if (!Number.isInteger(entity.factor) || entity.factor < 0) throw edit('The factor of a weight module may not be negative.');
      }
      return entity;
    },
    afterCreate: (ctx, entity, href) => xml(200, kind, represent(entity, href, ctx.base, path)),
    canRemove: (_ctx, _unit, policy) => checkUnlocked(policy),
  });
}

registerRules('schedulingpolicies', {
  prepare: (_ctx, body) => ({ ...body, id: '', locked: false, default_policy: false }),
  canUpdate: (_ctx, policy) => checkUnlocked(policy),
  canRemove: (_ctx, policy) => checkUnlocked(policy, 'remove'),
  readOnly: ['locked'],
});
