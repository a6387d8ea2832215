// Write rules for the rest of the inventory (guide chapters 9-26): data centers, clusters, networks,
// VNIC profiles, templates, storage domains, users and groups, with the engine's duplicate-name and
// "cannot remove" texts (recorded ovirt-3.3-faults/{DataCenter,Cluster,Network,Profile,Template,StorageDomain}_*).
import { userName } from '../audit';
import { EngineFault, operationFailed } from '../faults';
import { isRunning } from '../vms/states';
import type { Entity } from '../types';
import { registerRules, type CollectionRules } from './rules';

const failed = (status: number, detail: string) => new EngineFault(status, 'Operation Failed', `[${detail}]`);
const NAME = /^[\w.-]+$/;

/** A generic audit event for inventory changes (engine codes vary per type; clients read the text). */
function generic(noun: string): CollectionRules['event'] {
  return (kind, e, ctx) => ({
    code: { add: 900, update: 901, remove: 902 }[kind],
    description: `${noun} ${e.name ?? e.id} was ${{ add: 'added', update: 'updated', remove: 'removed' }[kind]} by ${userName(ctx.user)}.`,
  });
}

registerRules('datacenters', {
  dupName: {
    add: [409, 'Cannot create Data Center. The Data Center name is already in use.'],
    edit: [409, 'Cannot edit Data Center. The Data Center name is already in use.'],
  },
  prepare: (_ctx, body) => ({ storage_format: 'v3', quota_mode: 'disabled', version: { major: 4, minor: 3 }, ...body, id: '', status: { state: 'uninitialized' } }),
  canUpdate(_ctx, dc, body) {
    const v = (x: any) => (x ? Number(x.major) * 100 + Number(x.minor) : 0);
    if (body.version && v(body.version) < v(dc.version)) throw failed(400, 'Cannot decrease data center compatibility version.');
  },
  canRemove(ctx, dc) {
    const attached = ctx.store.list('storagedomains').some((d) => d.data_centers?.data_center?.some((x: Entity) => x.id === dc.id) && d.status?.state === 'active');
    if (attached) throw operationFailed('Cannot remove Data Center which contains active/locked Storage Domains.\n-Please deactivate all domains and wait for tasks to finish before removing the Data Center.');
    if (ctx.store.list('clusters').some((c) => c.data_center?.id === dc.id && ctx.store.list('hosts').some((h) => h.cluster?.id === c.id))) {
      throw operationFailed('Cannot remove Data Center. There are Hosts in the Data Center.');
    }
  },
  event: generic('Data Center'),
});

registerRules('clusters', {
  dupName: {
    add: [409, 'Cannot create Cluster. Cluster name is already in use.'],
    edit: [409, 'Cannot edit Cluster. Cluster name is already in use.'],
  },
  prepare: (_ctx, body) => ({ memory_policy: { overcommit: { percent: 100 } }, virt_service: true, gluster_service: false, ballooning_enabled: false,
    error_handling: { on_error: 'migrate' }, ...body, id: '' }),
  canUpdate(ctx, cluster, body) {
    if (body.cpu?.id !== undefined && body.cpu.id !== cluster.cpu?.id &&
        ctx.store.list('hosts').some((h) => h.cluster?.id === cluster.id && h.status?.state !== 'maintenance')) {
      throw operationFailed('Cannot change Cluster CPU type when all Hosts attached to this Cluster are not in Maintenance.');
    }
  },
  canRemove(ctx, cluster) {
    if (ctx.store.list('hosts').some((h) => h.cluster?.id === cluster.id)) throw operationFailed('Cannot remove Cluster. Host Cluster contains one or more Hosts.');
    if (ctx.store.list('vms').some((v) => v.cluster?.id === cluster.id)) throw operationFailed('Cannot remove Cluster. Host Cluster contains one or more Vms.');
  },
  event: generic('Cluster'),
});

const NET_DUP = "The logical network's name is already used by an existing logical network in the same data-center.\n-Please choose a different name.";
registerRules('networks', {
  dupName: { add: [409, `Cannot add Network. ${NET_DUP}`], edit: [409, `Cannot edit Network. ${NET_DUP}`],
    sameScope: (a, b) => a.data_center?.id === b.data_center?.id },
  prepare(ctx, body) {
    const vlan = body.vlan?.id;
    if (vlan !== undefined && ctx.store.list('networks').some((n) => n.data_center?.id === body.data_center?.id && String(n.vlan?.id) === String(vlan))) {
      throw operationFailed(`The specified VLAN ID (${vlan}) is already in use.`);
    }
    return { stp: false, mtu: 0, usages: { usage: ['vm'] }, required: false, profile_required: false, ...body, id: '' };
  },
  canRemove(ctx, net) {
    if (ctx.store.list('clusters').some((c) => c.management_network?.id === net.id)) {
      throw operationFailed(`Cannot remove Network. The Management Network ('${net.name}') is mandatory and cannot be removed.`);
    }
  },
  event: generic('Network'),
});

const PROFILE_DUP = "The VM network interface profile's name is already used by an existing profile for the same network.\n-Please choose a different name.";
registerRules('vnicprofiles', {
  dupName: { add: [409, `Cannot add VM network interface profile. ${PROFILE_DUP}`], edit: [409, `Cannot edit VM network interface profile. ${PROFILE_DUP}`],
    sameScope: (a, b) => a.network?.id === b.network?.id },
  prepare(_ctx, body) {
    if (!NAME.test(String(body.name))) throw failed(400, 'Name must be formed of alphanumeric characters, numbers or "-_".');
    return { port_mirroring: false, ...body, id: '' };
  },
  canUpdate(_ctx, profile, body) {
    if (body.network?.id !== undefined && body.network.id !== profile.network?.id) {
      throw failed(400, "Cannot edit VM network interface profile. VM network interface profile's network cannot be changed.");
    }
  },
});

registerRules('templates', {
  dupName: {
    add: [400, 'Cannot add Template. The Template name is already in use, please choose a unique name and try again.'],
    edit: [400, 'Cannot edit Template. The Template name is already in use, please choose a unique name and try again.'],
  },
  prepare(ctx, body) {
    if (!NAME.test(String(body.name))) {
      throw failed(400, "Can not add Template. The given name contains special characters. Only lower-case and upper-case letters, numbers, '_', '-', '.' are allowed.");
    }
    const vm = ctx.store.get('vms', body.vm?.id);
    if (!vm) throw new EngineFault(400, 'Incomplete parameters', 'Template [vm.id|name] required for add');
    if (isRunning(vm)) throw operationFailed('Cannot add Template. VM still running, stop the VM and try again.');
    const { id: _id, name: _n, status: _s, host: _h, start_time: _st, stop_time: _sp, vmpool: _p, ...settings } = vm;
    return { ...settings, ...body, id: '', status: { state: 'ok' }, creation_time: new Date(ctx.now()).toISOString(),
      version: { version_number: 1, version_name: 'base version' } };
  },
  canRemove(ctx, t) {
    if (t.id === '00000000-0000-0000-0000-000000000000') throw failed(409, 'Cannot remove Template. Removing Blank Template is not allowed.');
    const users = ctx.store.list('vms').filter((v) => v.template?.id === t.id).map((v) => v.name);
    // recorded: rhevm-3.1-create-destroy/…destroying_used_image answers 400 with this text.
    if (users.length) throw failed(400, `Cannot delete Template. Template is being used by the following VMs: ${users.join(',')}.`);
  },
  // Adding a template reports its own start/finish events (templates/create.ts).
  event: (kind, e, ctx) => (kind === 'add' ? undefined : generic('Template')!(kind, e, ctx)),
});

const MOUNT = /^[\w.-]+:\/.*/;
const SD_TYPES = ['data', 'iso', 'export', 'image'];
const STORAGE_TYPES = ['iscsi', 'fcp', 'nfs', 'localfs', 'posixfs', 'glusterfs', 'glance'];
export const notMember = (value: unknown, type: string, values: string[]) =>
  new EngineFault(400, 'Invalid value', `${value ?? ''} is not a member of ${type}. Possible values for ${type} are: ${values.join(', ')}`.trim());
registerRules('storagedomains', {
  dupName: { add: [409, 'Cannot add Storage. The Storage Domain name is already in use.'], edit: [409, 'Cannot edit Storage. The Storage Domain name is already in use.'] },
  prepare(_ctx, body) {
    const st = body.storage ?? {};
    // recorded StorageDomain_ITC0401030106_*: enumerations are checked before anything else.
    if (body.type !== undefined && !SD_TYPES.includes(String(body.type))) throw notMember(body.type, 'StorageDomainType', SD_TYPES);
    if (st.type !== undefined && !STORAGE_TYPES.includes(String(st.type))) throw notMember(st.type, 'StorageType', STORAGE_TYPES);
    if (st.type === 'nfs' && !MOUNT.test(`${st.address}:${st.path}`)) {
      throw failed(400, 'Mount path is illegal, please use [IP:/path or FQDN:/path] convention.');
    }
    if (body.name !== undefined && !/^[\w-]{1,250}$/.test(body.name)) {
      throw failed(400, 'size must be between 1 and 250, Storage Domain name must be formed of "a-z0-9A-Z" or "-_"');
    }
    const { host: _host, ...rest } = body;
    return { master: false, available: 500 * 1024 ** 3, used: 0, committed: 0, storage_format: 'v3', ...rest, id: '', status: { state: 'unattached' } };
  },
  canUpdate(_ctx, sd) {
    // recorded StorageDomain_ITC0401040102: an unattached domain is not monitored, so it cannot be edited.
    if (sd.status?.state === 'unattached') throw operationFailed("Cannot edit Storage. The relevant Storage Domain's status is Unknown.");
  },
  canRemove(_ctx, sd) {
    if (sd.status?.state === 'active') throw operationFailed('Cannot remove Storage. Storage status is Active.\n-Please check Storage Domain and retry the operation.');
  },
  event: generic('Storage Domain'),
});

registerRules('users', {
  dupName: { key: 'user_name', add: [409, 'Cannot add User. The user is already added to the system.'], edit: [409, 'Cannot edit User. User name is already in use.'] },
  prepare: (_ctx, body) => ({ ...body, id: '', user_name: body.user_name, namespace: body.namespace ?? '*' }),
});
registerRules('groups', {
  dupName: { add: [409, 'Cannot add Group. The group is already added to the system.'], edit: [409, 'Cannot edit Group. Group name is already in use.'] },
});
registerRules('roles', { dupName: { add: [409, 'Cannot add Role. Role with the same name already exists.'], edit: [409, 'Cannot edit Role. Role with the same name already exists.'] } });
registerRules('bookmarks', { dupName: { add: [409, 'Cannot add Bookmark. A Bookmark with the same name already exists.'], edit: [409, 'Cannot edit Bookmark. A Bookmark with the same name already exists.'] } });
registerRules('vmpools', { dupName: { add: [409, 'Cannot create VM-Pool. VM-Pool with the same name already exists.'], edit: [409, 'Cannot edit VM-Pool. VM-Pool with the same name already exists.'] } });
registerRules('macpools', { dupName: { add: [409, 'Cannot add MAC Pool. MAC Pool name is already in use.'], edit: [409, 'Cannot edit MAC Pool. MAC Pool name is already in use.'] } });
