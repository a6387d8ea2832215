// Plausible minimal request bodies for the route walk (testing/routeWalk.ts): the RSDL's required parameters for the
// operation (src/demo-engine/data/rsdl-required.json) filled with values from the seeded store, plus the
// few elements an operation needs to succeed that the RSDL does not mark required.
import spec from '../data/rsdl-required.json';
import { rsdlKey } from '../writes/required';
import type { Store } from '../store';
import { REFERENCE_COLLECTION } from '../collections';
import { toXml } from '../../xsd/serialize';
import { childOf, isBooleanType, isNumericType, typeOfElement } from '../../xsd/model';

const OPS = spec as Record<string, { type: string; op: string; sets: string[][] }>;
let serial = 0;

/** Value for a required leaf `dotted` (e.g. `role.id`, `version.major`) in a body rooted at `root`. */
function leafValue(store: Store, root: string, dotted: string): unknown {
  const parts = dotted.split('.');
  const leaf = parts[parts.length - 1];
  const parent = parts.length > 1 ? parts[parts.length - 2] : root;
  const first = (coll: string, pick: (e: any) => boolean = () => true) => store.list(coll).find(pick)?.id;
  if (dotted === 'option.name') return 'auth.allow';
  if (leaf === 'name') return parent === root ? `cov-${++serial}` : undefined;
  if (dotted === 'cpu.id') return 'Intel Skylake Client Family';
  if (dotted === 'role.id') return store.list('roles').find((r) => r.name === 'UserRole')?.id;
  if (dotted === 'user.id') return store.list('users').find((u) => u.user_name?.startsWith('helpdesk') || u.name === 'helpdesk')?.id ?? store.list('users')[2]?.id;
  if (dotted === 'brick.server_id') return first('hosts');
  if (dotted === 'storage_domain.id' && root === 'action') return first('storagedomains', (d) => d.type === 'data');
  if (leaf === 'id') {
    const coll = REFERENCE_COLLECTION[parent];
    return coll ? first(coll) : undefined;
  }
  const table: Record<string, unknown> = {
    'version.major': 3, 'version.minor': 6, volume_type: 'distribute', positive: true, enforcing: false, value: 'vms: status=up',
    description: 'route coverage', severity: 'normal', origin: 'coverage', custom_id: 4242, type: 'data', address: '10.1.1.1',
    path: '/exports/coverage', resolution_type: 'copy', force: true, 'option.name': 'auth.allow', 'option.value': '*',
    'brick.brick_dir': '/bricks/b1', fence_type: 'status', provisioned_size: 1073741824, size: 1073741824, interface: 'virtio',
    format: 'cow', 'storage.type': 'nfs', 'storage.address': '10.1.1.1', 'storage.path': '/exports/new', 'host.id': first('hosts'),
    'iscsi.address': '10.1.1.2', 'iscsi.target': 'iqn.2003-01.org.demo:t1', model: 'i6300esb', action: 'reset', index: 0,
    memory: 1073741824, 'cpu.cores': 1, 'file.id': 'rhel-8.4-x86_64-dvd.iso', 'ranges.range.from': '00:1a:4a:16:02:00',
    'ranges.range.to': '00:1a:4a:16:02:ff', 'ticket.expiry': 120, 'vm.name': `cov-clone-${serial}`, 'snapshot.id': undefined,
    'host_nic.name': 'bond9', 'content': 'x', 'date': '2024-01-01T00:00:00Z', 'status': 'started', 'root_password': 'secret',
    'network.id': first('networks'), 'mac.address': '00:1a:4a:99:00:01', 'kind': 'ovs',
  };
  if (dotted in table) return table[dotted];
  if (leaf in table) return table[leaf];
  // Anything else: a value of the element's schema type.
  let type = typeOfElement(root);
  for (const p of parts) type = childOf(type, p)?.[1];
  return type && isBooleanType(type) ? true : type && isNumericType(type) ? 1 : 'coverage';
}

function setPath(obj: Record<string, any>, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let cur = obj;
  for (const p of parts.slice(0, -1)) cur = cur[p] ??= {};
  cur[parts[parts.length - 1]] = value;
}

/** Extra elements per route template that make the operation succeed (beyond what the RSDL requires). */
const EXTRA: Record<string, (store: Store, segs: string[]) => Record<string, unknown>> = {
  // A template with disks: a VM from Blank copies no image, so it is created at once, without a creation_status.
  'POST /vms': (s) => ({ template: { id: s.list('templates').find((t) => s.list(`templates/${t.id}/disks`).length)?.id } }),
  'POST /vms/{vm}/migrate': () => ({}),
  'POST /hosts/{host}/fence': () => ({ fence_type: 'status' }),
  'POST /hosts/{host}/iscsidiscover': () => ({ iscsi: { address: '10.1.1.2' } }),
  'POST /hosts/{host}/iscsilogin': () => ({ iscsi: { address: '10.1.1.2', target: 'iqn.2003-01.org.demo:t1' } }),
  'POST /vms/{vm}/export': (s) => ({ storage_domain: { id: s.list('storagedomains').find((d) => d.type === 'export')?.id } }),
  'POST /templates/{template}/export': (s) => ({ storage_domain: { id: s.list('storagedomains').find((d) => d.type === 'export')?.id } }),
  'POST /vms/{vm}/move': (s) => ({ storage_domain: { id: s.list('storagedomains').find((d) => d.name === 'data2')?.id } }),
  'POST /disks/{disk}/copy': (s) => ({ storage_domain: { id: s.list('storagedomains').find((d) => d.name === 'data2')?.id } }),
  'POST /vms/{vm}/clone': () => ({ vm: { name: `cov-clone-${++serial}` } }),
  'POST /vms/{vm}/ticket': () => ({ ticket: { expiry: 120 } }),
  'POST /vms/{vm}/snapshots': () => ({ description: 'coverage' }),
  'POST /vms/{vm}/disks': () => ({ provisioned_size: 1073741824, interface: 'virtio', format: 'cow' }),
  'POST /disks': (s) => ({ provisioned_size: 1073741824, format: 'cow', storage_domains: { storage_domain: [{ id: s.list('storagedomains')[0].id }] } }),
  'POST /vms/{vm}/cdroms': () => ({ file: { id: 'rhel-8.4-x86_64-dvd.iso' } }),
  'PUT /vms/{vm}/cdroms/{cdrom}': () => ({ file: { id: 'Fedora-Server-34.iso' } }),
  'PUT /vms/{vm}/cdroms/{cdrom};current=true': () => ({ file: { id: 'Fedora-Server-34.iso' } }),
  'POST /vms/{vm}/tags': (s) => ({ id: s.list('tags')[1].id }),
  'POST /hosts/{host}/tags': (s) => ({ id: s.list('tags')[1].id }),
  'POST /users/{user}/tags': (s) => ({ id: s.list('tags')[1].id }),
  'POST /vms/{vm}/watchdogs': () => ({ model: 'i6300esb', action: 'reset' }),
  'POST /vms/{vm}/numanodes': () => ({ index: 1, memory: 1024, cpu: { cores: { core: [{ index: 0 }] } } }),
  'POST /hosts': (s) => ({ address: 'host9.demo.example.com', root_password: 'secret', cluster: { id: s.list('clusters')[0].id } }),
  'POST /storagedomains': (s) => ({ type: 'data', host: { id: s.list('hosts')[0].id }, storage: { type: 'nfs', address: '10.1.1.1', path: '/exports/new' } }),
  'DELETE /storagedomains/{sd}': (s) => ({ host: { id: s.list('hosts')[0].id }, format: true }),
  'DELETE /storageconnections/{connection}': (s) => ({ host: { id: s.list('hosts')[0].id } }),
  'POST /storageconnections': () => ({ type: 'nfs', address: '10.1.1.9', path: '/exports/c9' }),
  'POST /templates': (s) => ({ vm: { id: s.list('vms').find((v) => v.status?.state === 'down' && !v.vmpool)?.id } }),
  'POST /vmpools': (s) => ({ cluster: { id: s.list('clusters')[0].id }, template: { id: s.list('templates')[1].id }, size: 2 }),
  'POST /users': (s) => ({ user_name: 'sue@internal', domain: { id: s.list('domains')[0].id } }),
  'POST /groups': (s) => ({ name: 'demo.example.com/Operations', domain: { id: s.list('domains')[0].id } }),
  'POST /users/{user}/sshpublickeys': () => ({ content: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDemoCoverageKey coverage@demo' }),
  'POST /users/{user}/roles': (s) => ({ id: s.list('roles').find((r) => r.name === 'UserRole')?.id }),
  'POST /roles': () => ({ permits: { permit: [{ id: '1' }] } }),
  'POST /roles/{role}/permits': () => ({ id: '4' }),
  'POST /events': () => ({ description: 'coverage', severity: 'normal', origin: 'coverage', custom_id: 4242 }),
  'POST /hosts/{host}/nics': () => ({ name: 'bond9', bonding: { slaves: { host_nic: [{ name: 'eth2' }, { name: 'eth3' }] } } }),
  'POST /hosts/{host}/setupnetworks': () => ({}),
  'POST /hosts/{host}/storageconnectionextensions': () => ({ target: 'iqn.2003-01.org.demo:t1', username: 'u', password: 'p' }),
  'POST /vmpools/{vmpool}/allocatevm': () => ({}),
  'POST /vms/{vm}/preview_snapshot': (s, segs) => ({ snapshot: { id: s.list(`vms/${segs[1]}/snapshots`).find((x) => x.type !== 'active')?.id } }),
  'POST /clusters/{cluster}/networks': (s) => ({ id: s.list('networks').find((n) => n.name === 'storage')?.id }),
  'POST /hosts/{host}/networkattachments': (s) => ({ network: { id: s.list('networks').find((n) => n.name === 'public')?.id } }),
  'POST /hosts/{host}/nics/{nic}/networkattachments': (s) => ({ network: { id: s.list('networks').find((n) => n.name === 'public')?.id } }),
  'POST /storagedomains/{sd}/disks/{disk}/export': (s) => ({ storage_domain: { id: s.list('storagedomains').find((d) => d.type === 'image')?.id } }),
  'POST /clusters/{cluster}/glustervolumes': () => ({ volume_type: 'distribute', bricks: { brick: [{ server_id: 'x', brick_dir: '/b' }] } }),
  'POST /datacenters/{dc}/storagedomains': (s) => ({ id: s.list('storagedomains').find((d) => d.name === 'spare')?.id }),
  'POST /storagedomains/{sd}/storageconnections': (s) => ({ id: s.list('storageconnections')[0]?.id }),
  'POST /networks/{network}/labels': () => ({ id: 'lbl9' }),
  'POST /datacenters/{datacenter}/iscsibonds/{iscsibond}/networks/{network}/labels': () => ({ id: 'lbl9' }),
  'POST /hosts/{host}/nics/{nic}/labels': () => ({ id: 'lbl9' }),
  'POST /macpools': () => ({ ranges: { range: [{ from: '00:1a:4a:16:09:00', to: '00:1a:4a:16:09:ff' }] } }),
  'POST /storagedomains/{sd}/vms/{vm}/import': (s) => ({ cluster: { id: s.list('clusters')[0].id }, storage_domain: { id: s.list('storagedomains')[0].id } }),
  'POST /storagedomains/{storagedomain}/vms/{vm}/import': (s) => ({ cluster: { id: s.list('clusters')[0].id }, storage_domain: { id: s.list('storagedomains')[0].id } }),
  'POST /storagedomains/{sd}/templates/{template}/import': (s) => ({ cluster: { id: s.list('clusters')[0].id }, storage_domain: { id: s.list('storagedomains')[0].id } }),
  'POST /storagedomains/{storagedomain}/templates/{template}/import': (s) => ({ cluster: { id: s.list('clusters')[0].id }, storage_domain: { id: s.list('storagedomains')[0].id } }),
  'POST /storagedomains/{sd}/images/{image}/import': (s) => ({ cluster: { id: s.list('clusters')[0].id }, storage_domain: { id: s.list('storagedomains')[0].id } }),
  'POST /storagedomains/{sd}/disks;unregistered': (s, segs) => ({ id: s.list(`storagedomains/${segs[1]}/unregistered_disks`)[0]?.id }),
  // Providers the demo's remote side answers (providers/remote.ts), and what their sub-collections need.
  'POST /externalhostproviders': () => ({ url: 'https://foreman.demo.example.com' }),
  'POST /openstackvolumeproviders': () => ({ url: 'http://cinder.demo.example.com:8776', tenant_name: 'demo' }),
  'POST /openstacknetworkproviders/{openstacknetworkprovider}/networks/{network}/subnets': () => ({ name: `cov-${++serial}`, cidr: '10.9.0.0/24', ip_version: 'v4' }),
  'POST /openstackvolumeproviders/{openstackvolumeprovider}/authenticationkeys': () => ({ uuid: '0a8b4ed8-9c2f-4f6e-8d1a-3c5e7f9b1d20', usage_type: 'ceph' }),
  'POST /openstackimageproviders/{openstackimageprovider}/images/{image}/import': (s) => ({ storage_domain: { id: s.list('storagedomains').find((d) => d.type === 'data')?.id } }),
  'PUT /hosts/{host}': () => ({ description: 'coverage' }),
  'PUT /vms/{vm}': () => ({ description: 'coverage' }),
  'PUT /templates/{template}': () => ({ description: 'coverage' }),
};

const RENAMABLE = new Set(['cluster', 'data_center', 'network', 'role', 'tag', 'mac_pool', 'vmpool', 'bookmark', 'storage_domain', 'quota', 'affinity_group', 'vm_numa_node']);

/** The XML body for `method` on the concrete path `segs` (root element `root`), `template` as in routes.tsv. */
/** routes.tsv names a few bodies differently from the schema's element. */
const ROOT_ALIAS: Record<string, string> = { storageconnectionextension: 'storage_connection_extension', networkattachment: 'network_attachment' };

/** The RSDL operation for the request, else the one for the same sub-collection under another parent. */
function operationFor(method: string, segs: string[]) {
  const key = rsdlKey(method, segs);
  if (OPS[key]) return OPS[key];
  const tail = `/${segs[segs.length - 1]}`;
  const alt = Object.keys(OPS).find((k) => k.startsWith(`${method} `) && k.endsWith(tail) && k.split('/').length === 3);
  return alt ? OPS[alt] : undefined;
}

export function routeBody(store: Store, method: string, segs: string[], root?: string, template?: string): string | undefined {
  const op = operationFor(method, segs);
  const rootEl = ROOT_ALIAS[root ?? ''] ?? root ?? 'action';
  const body: Record<string, any> = {};
  if (op) {
    for (const p of op.sets[0]) {
      // Of alternatives (`network.name|id`) send the id: it needs no lookup.
      const dotted = p.split('.').map((s) => (s.split('|').includes('id') ? 'id' : s.split('|')[0])).join('.');
      const value = leafValue(store, rootEl, dotted);
      if (value !== undefined) setPath(body, dotted, value);
    }
  }
  if (method === 'PUT' && RENAMABLE.has(rootEl)) body.description = 'route coverage';
  if (method === 'PUT' && Object.keys(body).length === 0) body.description = 'route coverage';
  const extra = template ? EXTRA[`${method} ${template}`] : undefined;
  if (extra) Object.assign(body, extra(store, segs));
  if (method === 'POST' && rootEl !== 'action' && body.name === undefined && !body.id && RENAMABLE.has(rootEl)) body.name = `cov-${++serial}`;
  return toXml(rootEl, body);
}
