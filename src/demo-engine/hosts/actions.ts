// guide 13: host actions on the engine clock: deactivate (→ preparing_for_maintenance → maintenance,
// refused while VMs run), activate (→ activating → up), fence (status/stop/start/restart), install
// (→ installing → maintenance... → up) with the engine's texts (recorded ovirt-3.3-faults/Host_*).
import { AUDIT, userName } from '../audit';
import type { Ctx } from '../context';
import { EngineFault, operationFailed } from '../faults';
import type { Entity } from '../types';
import type { ActionFn } from '../writes/actions';
import { isRunning } from '../vms/states';
import { runChain } from '../vms/transitions';
import { chooseHost } from '../vms/placement';
import { migrate, MIGRATION_MS } from '../vms/migration';
import { commitNetConfig } from './setupNetworks';

export const HOST_TIMING = { maintenance: 3000, activate: 3000, fence: 4000, install: 6000 };

function hostEventer(ctx: Ctx) {
  const correlationId = ctx.correlationId;
  return (code: number, description: string, host: Entity, severity: 'normal' | 'warning' | 'error' = 'normal') =>
    ctx.emit({ code, severity, description, refs: { host: host.id, cluster: host.cluster?.id }, correlationId });
}

const set = (state: string) => (h: Entity) => { h.status = { state }; };
const runningVms = (ctx: Ctx, host: Entity) => ctx.store.list('vms').filter((v) => v.host?.id === host.id && isRunning(v));

const deactivate: ActionFn = (ctx, host) => {
  const state = host.status?.state;
  if (state === 'maintenance') throw operationFailed('Cannot switch Host to Maintenance mode. Host is already in Maintenance mode.');
  if (state === 'preparing_for_maintenance') throw operationFailed('Cannot switch Host to Maintenance mode. Host is already switching to Maintenance mode.');
  // guide 13.6: the engine migrates the host's running VMs away first; a VM it cannot move (pinned, not up,
  // or no other host with room) keeps the host out of maintenance.
  const running = runningVms(ctx, host);
  const targets = running.map((vm) => (vm.status?.state === 'up' && vm.placement_policy?.affinity !== 'pinned' ? chooseHost(ctx.store, vm, host.id) : undefined));
  // AppErrors VDS_CANNOT_MAINTENANCE_IT_INCLUDES_NON_MIGRATABLE_VM; CANNOT_MAINTANANCE_VDS_RUN_VMS_NO_OTHER_RUNNING_VDS
  // (its second line is not continued in the properties file, so the engine's text ends after the host list).
  const pinned = running.filter((vm) => vm.placement_policy?.affinity === 'pinned').map((vm) => vm.name);
  if (pinned.length) {
    throw operationFailed(`Cannot switch the following Hosts to Maintenance mode: ${host.name}.\nOne or more running VMs are indicated as non-migratable. The non-migratable VMs are: ${pinned.join(', ')}.`);
  }
  if (targets.some((t) => !t)) throw operationFailed(`The following Hosts have running VMs and cannot be switched to maintenance mode: ${host.name}.`);
  const emit = hostEventer(ctx);
  emit(AUDIT.USER_VDS_MAINTENANCE_WITHOUT_REASON, `Host ${host.name} was switched to Maintenance mode by ${userName(ctx.user)}.`, host);
  running.forEach((vm, i) => migrate(ctx, vm, { host: { id: targets[i]!.id } }));
  const wait = Math.max(HOST_TIMING.maintenance, running.length ? MIGRATION_MS : 0);
  runChain(ctx, 'hosts', host.id, [[0, set('preparing_for_maintenance')], [wait, (h) => {
    set('maintenance')(h);
    emit(AUDIT.VDS_MAINTENANCE, `Host ${h.name} was switched to Maintenance Mode.`, h);
  }]]);
};

const activate: ActionFn = (ctx, host) => {
  if (host.status?.state === 'up') throw operationFailed('Cannot activate Host. Host in Up status.');
  if (['installing', 'preparing_for_maintenance'].includes(host.status?.state)) throw operationFailed(`Cannot activate Host. Host in ${host.status.state} status.`);
  const emit = hostEventer(ctx);
  runChain(ctx, 'hosts', host.id, [[0, set('activating')], [HOST_TIMING.activate, (h) => {
    set('up')(h);
    emit(AUDIT.VDS_ACTIVATE, `Activation of host ${h.name} initiated by ${userName(ctx.user)}.`, h);
  }]]);
};

const fence: ActionFn = (ctx, host, action) => {
  const type = String(action.fence_type ?? '').toLowerCase();
  const emit = hostEventer(ctx);
  if (!host.power_management?.enabled && type !== 'manual') {
    throw operationFailed('Cannot fence Host, Host fencing is disabled.');
  }
  if (type === 'status') return { power_management: { status: { state: host.status?.state === 'down' ? 'off' : 'on' } } };
  if (type === 'manual') return undefined;
  const state = host.status?.state;
  if (type === 'stop' && state !== 'maintenance' && state !== 'non_responsive') {
    throw operationFailed('Cannot perform Stop operation, Host has to be in Maintenance mode in order to be stopped.');
  }
  if ((type === 'start' || type === 'restart') && runningVms(ctx, host).length && state === 'up') {
    throw operationFailed(`Cannot perform ${type[0].toUpperCase()}${type.slice(1)} operation. Host has running VMs.`);
  }
  if (type === 'stop') {
    emit(AUDIT.USER_VDS_STOP, `Host ${host.name} was stopped by ${userName(ctx.user)}.`, host);
    runChain(ctx, 'hosts', host.id, [[HOST_TIMING.fence, set('down')]]);
  } else if (type === 'start' || type === 'restart') {
    const code = type === 'start' ? AUDIT.USER_VDS_START : AUDIT.USER_VDS_RESTART;
    emit(code, `Host ${host.name} was ${type}ed by ${userName(ctx.user)}.`, host);
    const after = state === 'maintenance' ? 'maintenance' : 'up';
    runChain(ctx, 'hosts', host.id, [[0, set('reboot')], [HOST_TIMING.fence, set('non_responsive')], [HOST_TIMING.fence, set(after)]]);
  } else {
    throw new EngineFault(400, 'Invalid value', `${action.fence_type} is not a member of FenceType. Possible values for FenceType are: manual, restart, start, stop, status`);
  }
  return undefined;
};

const install: ActionFn = (ctx, host) => {
  if (!['maintenance', 'install_failed', 'non_operational'].includes(host.status?.state)) {
    throw operationFailed('Cannot install Host. Please move Host to Maintenance mode first.');
  }
  const emit = hostEventer(ctx);
  emit(AUDIT.VDS_INSTALL_IN_PROGRESS, `Installing Host ${host.name}. Stage: Initializing.`, host);
  runChain(ctx, 'hosts', host.id, [[0, set('installing')], [HOST_TIMING.install, (h) => {
    set('up')(h);
    h.update_available = false;
    emit(AUDIT.VDS_INSTALL, `Host ${h.name} installed`, h);
  }]]);
};

// recorded Host_ITC03011002: an unreachable portal is a plain 400 fault, not a failed action.
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const FQDN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const iscsidiscover: ActionFn = (_ctx, _host, action) => {
  const address = String(action.iscsi?.address ?? '');
  if (!IPV4.test(address) && (/^[\d.]+$/.test(address) || !FQDN.test(address))) {
    throw new EngineFault(400, 'Operation Failed', 'Failed discovery of iSCSI targets', true);
  }
  return { iscsi_target: [`iqn.2003-01.org.demo:${address.replace(/[^\w.-]/g, '')}`] };
};

export const HOST_ACTIONS: Record<string, ActionFn> = {
  deactivate, activate, fence, install,
  upgrade: install,
  commitnetconfig: commitNetConfig,
  refresh: () => undefined,
  iscsidiscover,
  iscsilogin: () => undefined,
  forceselectspm: (ctx, host) => {
    for (const h of ctx.store.list('hosts')) if (h.spm) h.spm.status = { state: h.id === host.id ? 'spm' : 'none' };
  },
  approve: (ctx, host) => activate(ctx, host, {}),
};
