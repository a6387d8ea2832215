// The VM status → actions table: what each state offers (guide 15.7), detach only for a pool member.
import { describe, expect, it } from 'vitest';
import { allowedActions, removable } from './types';
import { vms } from './vms';

const offered = (state: string, vm: Record<string, unknown> = {}) =>
  allowedActions(vms, state, vm).map((a) => a.key ?? a.name);

describe('vms action table', () => {
  it.each([
    ['down', ['start', 'runonce', 'export']],
    ['up', ['stop', 'shutdown', 'suspend', 'reboot', 'migrate', 'ticket', 'logon', 'freezefilesystems', 'thawfilesystems']],
    ['suspended', ['start', 'stop']],
    ['paused', ['start', 'stop', 'shutdown', 'ticket']],
    ['migrating', ['stop', 'shutdown', 'cancelmigration', 'ticket']],
    ['wait_for_launch', ['stop']],
    ['powering_up', ['stop', 'shutdown', 'ticket']],
    ['saving_state', ['stop']],
    ['image_locked', []],
  ])('%s → %j', (state, expected) => expect(offered(state)).toEqual(expected));

  it('detach is offered only for a VM in a pool, in any state', () => {
    expect(offered('down', { vmpool: { id: 'p1' } })).toContain('detach');
    expect(offered('up', { vmpool: { id: 'p1' } })).toContain('detach');
    expect(offered('down')).not.toContain('detach');
  });

  it('removal (with force) only when down; bulk only for the plain power actions', () => {
    expect(removable(vms, 'down')).toBe(true);
    expect(removable(vms, 'up')).toBe(false);
    expect(vms.remove?.params?.map((p) => p.path)).toEqual(['force']);
    expect(vms.actions.filter((a) => a.bulk).map((a) => a.name)).toEqual(['start', 'stop', 'shutdown', 'suspend', 'reboot']);
  });
});
