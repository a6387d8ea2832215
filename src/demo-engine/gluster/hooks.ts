// Gluster hooks of a cluster (RSDL `clusters/{id}/glusterhooks/{id}/enable|disable|resolve`): a hook is
// enabled or disabled on every server of the cluster; resolve settles a conflict between the servers' copies
// (the demo keeps one copy, so resolving clears the conflict flags).
import { operationFailed } from '../faults';
import type { ActionFn } from '../writes/actions';

const setHookState = (state: 'enabled' | 'disabled'): ActionFn => (_ctx, hook) => {
  if (hook.status?.state === state) throw operationFailed(`Cannot ${state === 'enabled' ? 'enable' : 'disable'} Gluster Hook. The hook ${hook.name} is already ${state}.`);
  hook.status = { state };
};

const resolve: ActionFn = (_ctx, hook, action) => {
  if (!hook.conflict_status) throw operationFailed(`Cannot resolve conflicts of Gluster Hook. The hook ${hook.name} has no conflicts.`);
  hook.conflict_status = 0;
  hook.conflicts = '';
  if (action.resolution_type === 'ADD') hook.status = { state: 'enabled' };
};

export const GLUSTER_HOOK_ACTIONS: Record<string, ActionFn> = {
  'glusterhooks/enable': setHookState('enabled'), 'glusterhooks/disable': setHookState('disabled'), 'glusterhooks/resolve': resolve,
};
