// Host write rules (guide 13.4-13.5, recorded ovirt-3.3-faults/Host_*) and the status → actions table.
import { AUDIT, userName } from '../audit';
import { EngineFault, operationFailed } from '../faults';
import { registerActions } from '../represent';
import { isRunning } from '../vms/states';
import { registerRules } from '../writes/rules';
import { runChain } from '../vms/transitions';
import { HOST_TIMING } from './actions';

const FQDN_OR_IP = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*$/;
/** Host settings only maintenance mode may change (the engine's "operational" restriction). */
const MAINTENANCE_ONLY = ['cluster', 'port', 'protocol'];

/**
 * Power management passwords (guide 13.x power_management, fence agents) are write-only, as on a real
 * engine: kept under a key the XML writer does not know (so never represented), never sent back.
 */
function sealFencePasswords(host: Record<string, any>): void {
  const pm = host.power_management;
  if (!pm || typeof pm !== 'object') return;
  const seal = (o: Record<string, any>) => {
    if (o && typeof o === 'object' && 'password' in o) {
      o._password = o.password;
      delete o.password;
    }
  };
  seal(pm);
  const agents = pm.agents?.agent;
  for (const a of Array.isArray(agents) ? agents : agents ? [agents] : []) seal(a);
}

const OPERATIONAL = 'Cannot edit Host. Host parameters cannot be modified while Host is operational.\nPlease switch Host to Maintenance mode first.';

registerRules('hosts', {
  dupName: {
    add: [400, 'Cannot add Host. The Host name is already in use, please choose a unique name and try again.'],
    edit: [400, 'Cannot edit Host. The Host name is already in use, please choose a unique name and try again.'],
  },
  prepare(ctx, body) {
    if (!FQDN_OR_IP.test(String(body.address))) throw new EngineFault(400, 'Operation Failed', '[Host address must be a FQDN or a valid IP address]');
    const { root_password: _secret, ...rest } = body;
    sealFencePasswords(rest);
    return { port: 54321, type: 'rhel', memory: 64 * 1024 ** 3, max_scheduling_memory: 60 * 1024 ** 3, summary: { active: 0, migrating: 0, total: 0 },
      cpu: { topology: { sockets: 1, cores: 4, threads: 1 }, name: 'Intel(R) Xeon(R) CPU', speed: 2400 },
      ...rest, id: '', status: { state: 'installing' }, created: ctx.now() };
  },
  afterCreate(ctx, host) {
    runChain(ctx, 'hosts', host.id, [[HOST_TIMING.install, (h) => { h.status = { state: 'up' }; }]]);
  },
  readOnly: ['summary', 'memory', 'max_scheduling_memory', 'cpu', 'hardware_information', 'version', 'libvirt_version', 'os', 'spm'],
  canUpdate(_ctx, host, body) {
    const state = host.status?.state;
    if (state !== 'maintenance' && MAINTENANCE_ONLY.some((k) => body[k] !== undefined && JSON.stringify(body[k]) !== JSON.stringify(host[k]))) {
      throw operationFailed(OPERATIONAL);
    }
    if (body.address !== undefined && body.address !== host.address) {
      // recorded Host_ITC0301040102 (up: 409 operational) and Host_ITC0301040202 (maintenance: 400 security).
      if (state !== 'maintenance') throw operationFailed(OPERATIONAL);
      throw new EngineFault(state === 'maintenance' ? 400 : 409, 'Operation Failed',
        '[Host Address can not be modified due to Security restrictions.  In order to change Host Address, Host has to be reinstalled]');
    }
  },
  afterUpdate(_ctx, host) {
    sealFencePasswords(host);
  },
  canRemove(ctx, host) {
    if (ctx.store.list('vms').some((v) => v.host?.id === host.id && isRunning(v))) {
      throw operationFailed('Cannot remove Host. One or more VMs are still running on this Host.');
    }
    if (!['maintenance', 'non_responsive', 'install_failed', 'down', 'non_operational'].includes(host.status?.state)) {
      throw operationFailed('Cannot remove Host. Host is operational. Please switch Host to Maintenance mode first.');
    }
  },
  event(kind, host, ctx) {
    const verb = { add: 'added', update: 'updated', remove: 'removed' }[kind];
    return { code: kind === 'add' ? AUDIT.USER_ADD_VDS : kind === 'update' ? AUDIT.USER_UPDATE_VDS : AUDIT.USER_REMOVE_VDS, description: `Host ${host.name} ${kind === 'update' ? 'configuration was updated' : `was ${verb}`} by ${userName(ctx.user)}.`, refs: kind === 'remove' ? undefined : { host: host.id } };
  },
});

registerActions('hosts', (host) => {
  const state = host.status?.state;
  const list = ['fence', 'iscsidiscover', 'iscsilogin', 'commitnetconfig', 'refresh'];
  if (state === 'maintenance') list.push('activate', 'install', 'upgrade');
  else if (state === 'up') list.push('deactivate', 'forceselectspm');
  else if (state === 'non_responsive' || state === 'non_operational' || state === 'install_failed') list.push('activate', 'deactivate', 'install');
  else if (state === 'pending_approval') list.push('approve');
  return list;
});

