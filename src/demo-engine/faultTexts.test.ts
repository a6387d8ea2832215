// The demo engine's refusals in the engine's own words: each detail is composed as the engine composes it,
// "Cannot ${action} ${type}. <message>" from the VAR__ACTION__* / VAR__TYPE__* keys and the message key of
// ovirt-engine backend/manager/modules/dal/src/main/resources/bundles/AppErrors.properties (named in each row).
import { describe, expect, it } from 'vitest';
import { wireEngine } from './testing/wire';

type W = ReturnType<typeof wireEngine>;
const first = (w: W, c: string, ok: (e: any) => boolean = () => true) => w.engine.store.list(c).find(ok)!;
const dc = (w: W) => first(w, 'datacenters');
const dataSd = (w: W) => first(w, 'storagedomains', (d) => d.type === 'data' && d.status?.state === 'active');

const ROWS: [string, string, (w: W) => { status: number; xml: any }, string][] = [
  ['remove a running VM', 'VAR__ACTION__REMOVE + VAR__TYPE__VM + ACTION_TYPE_FAILED_VM_IS_RUNNING',
    (w) => w.del(`/vms/${w.vmIn('up').id}`), 'Cannot remove VM. VM is running.'],
  ['stop a VM that is down', 'VAR__ACTION__STOP + VAR__TYPE__VM + ACTION_TYPE_FAILED_VM_IS_NOT_RUNNING',
    (w) => w.post(`/vms/${w.vmIn('down').id}/stop`, '<action/>'), 'Cannot stop VM. VM is not running.'],
  ['migrate a VM that is down', 'VAR__ACTION__MIGRATE + VAR__TYPE__VM + ACTION_TYPE_FAILED_VM_IS_NOT_RUNNING',
    (w) => w.post(`/vms/${w.vmIn('down').id}/migrate`, '<action/>'), 'Cannot migrate VM. VM is not running.'],
  ['migrate a VM pinned to its host', 'VAR__ACTION__MIGRATE + VAR__TYPE__VM + ACTION_TYPE_FAILED_VM_IS_PINNED_TO_HOST',
    (w) => { const vm = w.vmIn('up'); vm.placement_policy = { affinity: 'pinned' }; return w.post(`/vms/${vm.id}/migrate`, '<action/>'); },
    'Cannot migrate VM. VM is pinned to Host.'],
  ['start a VM without a disk, booting from hd', 'VM_CANNOT_RUN_FROM_DISK_WITHOUT_DISK (VAR__ACTION__RUN, VAR__TYPE__VM)',
    (w) => {
      const created = w.post('/vms', `<vm><name>nodisk</name><cluster id="${first(w, 'clusters').id}"/><template name="Blank"/><os><boot dev="hd"/></os></vm>`);
      return w.post(`/vms/${created.xml.id}/start`, '<action/>');
    },
    'Cannot run VM without at least one bootable disk.\nAlternatives:\n-Create a disk for this VM, and rerun the VM.\n-Change the boot sequence using the Edit VM command (Boot Option Sub-Tab).\n-Use the Run-Once command to select a different boot option and rerun the VM.'],
  ['remove a data center with active domains', 'ERROR_CANNOT_REMOVE_POOL_WITH_ACTIVE_DOMAINS',
    (w) => w.del(`/datacenters/${dc(w).id}`),
    'Cannot remove Data Center which contains active/locked Storage Domains.\n-Please deactivate all domains and wait for tasks to finish before removing the Data Center.'],
  ['a cluster renamed to a taken name', 'VDS_GROUP_CANNOT_DO_ACTION_NAME_IN_USE (VAR__ACTION__UPDATE)',
    (w) => { const [a, b] = w.engine.store.list('clusters'); return w.put(`/clusters/${b.id}`, `<cluster><name>${a.name}</name></cluster>`); },
    'Cannot edit Cluster. Cluster name is already in use.'],
  ['a second role of the same name', 'ERROR_CANNOT_UPDATE_ROLE_NAME (VAR__ACTION__ADD)',
    (w) => w.post('/roles', `<role><name>${first(w, 'roles').name}</name><permits><permit id="1"/></permits></role>`),
    'Cannot add Role. Role with the same name already exists.'],
  ['a second tag of the same name', 'TAGS_SPECIFY_TAG_IS_IN_USE',
    (w) => { w.post('/tags', '<tag><name>dup-tag</name></tag>'); return w.post('/tags', '<tag><name>dup-tag</name></tag>'); },
    'The specified Tag name already exists.'],
  ['a second bookmark of the same name', 'VAR__ACTION__ADD + VAR__TYPE__BOOKMARK + ACTION_TYPE_FAILED_BOOKMARK_NAME_ALREADY_EXISTS',
    (w) => { const b = '<bookmark><name>dup-bm</name><value>vms: name=x</value></bookmark>'; w.post('/bookmarks', b); return w.post('/bookmarks', b); },
    'Cannot add Bookmark. A Bookmark with the same name already exists.'],
  ['remove the Blank template', 'VAR__ACTION__REMOVE + VAR__TYPE__VM_TEMPLATE + VMT_CANNOT_REMOVE_BLANK_TEMPLATE',
    (w) => w.del('/templates/00000000-0000-0000-0000-000000000000'), 'Cannot remove Template. Removing Blank Template is not allowed.'],
  ['detach an active domain', 'VAR__ACTION__DETACH + VAR__TYPE__STORAGE__DOMAIN + ACTION_TYPE_FAILED_STORAGE_DOMAIN_STATUS_ILLEGAL2',
    (w) => { const sd = first(w, 'storagedomains', (d) => d.type === 'data' && d.status?.state === 'active' && !d.master); return w.del(`/datacenters/${dc(w).id}/storagedomains/${sd.id}`); },
    'Cannot detach Storage. Storage status is Active.\n-Please check Storage Domain and retry the operation.'],
  ['activate an active domain', 'VAR__ACTION__ACTIVATE + VAR__TYPE__STORAGE__DOMAIN + ACTION_TYPE_FAILED_STORAGE_DOMAIN_STATUS_ILLEGAL2',
    (w) => w.post(`/datacenters/${dc(w).id}/storagedomains/${dataSd(w).id}/activate`, '<action/>'),
    'Cannot activate Storage. Storage status is Active.\n-Please check Storage Domain and retry the operation.'],
  ['remove a disk of a running VM', 'VAR__ACTION__REMOVE + VAR__TYPE__VM_DISK + ACTION_TYPE_FAILED_VM_IS_NOT_DOWN',
    (w) => { const vm = w.vmIn('up', (v) => w.engine.store.list(`vms/${v.id}/disks`).length > 0); return w.del(`/vms/${vm.id}/disks/${w.engine.store.list(`vms/${vm.id}/disks`)[0].id}`); },
    'Cannot remove Virtual Machine Disk. At least one of the VMs is not down.'],
];

describe('fault texts derived from AppErrors.properties', () => {
  it.each(ROWS)('%s (%s)', (_name, _key, call, detail) => {
    const r = call(wireEngine());
    const fault = r.xml?.fault ?? r.xml;
    expect([r.status, fault?.detail]).toEqual([expect.any(Number), `[${detail}]`]);
    expect(r.status).toBeGreaterThanOrEqual(400);
  });
});
