// Faults as the real engine sends them: status, reason and detail of the recorded oVirt 3.3 answers
// (fixtures/recorded/ovirt-3.3-faults, named in each row).
import { describe, expect, it } from 'vitest';
import { wireEngine } from './testing/wire';

type W = ReturnType<typeof wireEngine>;
const sd = (w: W, name: string) => w.engine.store.list('storagedomains').find((d) => d.name === name)!;
const host = (w: W, state: string) => w.engine.store.list('hosts').find((h) => h.status.state === state)!;

const CASES: [string, (w: W) => { status: number; xml: any }, number, string, string][] = [
  ['Host_ITC0301040102 edit an up host', (w) => w.put(`/hosts/${host(w, 'up').id}`, '<host><address>10.9.9.9</address></host>'), 409, 'Operation Failed',
    '[Cannot edit Host. Host parameters cannot be modified while Host is operational.\nPlease switch Host to Maintenance mode first.]'],
  ['Host_ITC0301040202 change a host address in maintenance', (w) => w.put(`/hosts/${host(w, 'maintenance').id}`, '<host><address>10.9.9.9</address></host>'), 400, 'Operation Failed',
    '[Host Address can not be modified due to Security restrictions.  In order to change Host Address, Host has to be reinstalled]'],
  ['Host_ITC03011002 iSCSI discovery of a bad address', (w) => w.post(`/hosts/${host(w, 'up').id}/iscsidiscover`, '<action><iscsi><address>999.1.1.1</address></iscsi></action>'), 400, 'Operation Failed',
    'Failed discovery of iSCSI targets'],
  ['StorageDomain_ITC0401040102 edit an unattached domain', (w) => w.put(`/storagedomains/${sd(w, 'spare').id}`, '<storage_domain><name>spare2</name></storage_domain>'), 409, 'Operation Failed',
    "[Cannot edit Storage. The relevant Storage Domain's status is Unknown.]"],
  ['StorageDomain_ITC0401030106 (2) unknown domain type', (w) => w.post('/storagedomains', '<storage_domain><name>x</name><type>bogus</type><host name="host01"/><storage><type>nfs</type><address>a.b</address><path>/x</path></storage></storage_domain>'), 400, 'Invalid value',
    'bogus is not a member of StorageDomainType. Possible values for StorageDomainType are: data, iso, export, image'],
  ['StorageDomain_ITC0401030106 (4) unknown storage type', (w) => w.post('/storagedomains', '<storage_domain><name>y</name><type>data</type><host name="host01"/><storage><type>bogus</type><address>a.b</address><path>/x</path></storage></storage_domain>'), 400, 'Invalid value',
    'bogus is not a member of StorageType. Possible values for StorageType are: iscsi, fcp, nfs, localfs, posixfs, glusterfs, glance'],
  ['Template_ITC07020303 copy a template disk without a domain', (w) => {
    const t = w.engine.store.list('templates')[1];
    return w.post(`/templates/${t.id}/disks/${w.engine.store.list(`templates/${t.id}/disks`)[0].id}/copy`, '<action/>');
  }, 400, 'Incomplete parameters', 'Action [storageDomain.id|name] required for copy'],
  ['Template_ITC0703030201 a template NIC name twice', (w) => w.post(`/templates/${w.engine.store.list('templates')[1].id}/nics`, '<nic><name>nic1</name></nic>'), 409, 'Operation Failed',
    '[Network interface is already in use.]'],
  ['Template_ITC0703030202 a template NIC name with a space', (w) => w.post(`/templates/${w.engine.store.list('templates')[1].id}/nics`, '<nic><name>a b</name></nic>'), 400, 'Operation Failed',
    '[Name must be formed of alphanumeric characters, numbers or "-_.".]'],
  ['Network_ITC06010305 a VLAN used twice in a data center', (w) => w.post('/networks', `<network><name>n2</name><data_center id="${w.engine.store.list('datacenters')[0].id}"/><vlan id="20"/></network>`), 409, 'Operation Failed',
    '[The specified VLAN ID (20) is already in use.]'],
  ['Disk_ITC080402 delete a disk naming an unrelated domain', (w) => w.del(`/disks/${w.engine.store.list('disks')[0].id}`, `<action><storage_domain id="${sd(w, 'data2').id}"/></action>`), 400, 'Operation Failed',
    '[Cannot remove Virtual Machine Disk. Provided wrong storage domain, which is not related to disk.]'],
  ['DataCenter_ITC01010404 lower a data center version', (w) => w.put(`/datacenters/${w.engine.store.list('datacenters')[0].id}`, '<data_center><version major="4" minor="2"/></data_center>'), 400, 'Operation Failed',
    '[Cannot decrease data center compatibility version.]'],
];

describe('recorded oVirt 3.3 faults', () => {
  it.each(CASES)('%s', (_name, call, status, reason, detail) => {
    const r = call(wireEngine());
    const fault = r.xml?.fault ?? r.xml;
    expect([r.status, fault?.reason, fault?.detail]).toEqual([status, reason, detail]);
  });
});
