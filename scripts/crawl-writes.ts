// Drives the demo engine's writes and actions in-process (create, update, delete, actions sync and
// async, faults, statistics, sessions, creation status) and writes every XML body to a folder for
// `../shared/tools/xsd-check`, like scripts/crawl-engine.ts does for reads.
// Usage: npx tsx scripts/crawl-writes.ts OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { createEngine } from '../src/demo-engine/engine';

const out = process.argv[2] ?? '.crawl-writes';
mkdirSync(out, { recursive: true });
const clock = { t: Date.UTC(2024, 0, 1) };
const engine = createEngine({ now: () => clock.t });
const base = engine.mount;
const authorization = 'Basic ' + Buffer.from('admin@internal:ovirt').toString('base64');
let n = 0;
function call(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const r = engine.handle({ method, url: base + path, body, headers: { authorization, 'correlation-id': 'crawl', ...headers } });
  if (r.body && r.headers['Content-Type']?.includes('xml')) {
    writeFileSync(`${out}/${String(n++).padStart(4, '0')}_${method}_${path.replace(/[^a-z0-9]+/gi, '_').slice(0, 100)}_${r.status}.xml`, r.body);
  }
  return r;
}
const tick = (ms: number) => { clock.t += ms; engine.advance(); };
const idOf = (xml: string) => /id="([^"]+)"/.exec(xml)?.[1] ?? '';

const store = engine.store;
const cluster = store.list('clusters')[0];
const template = store.list('templates')[1];
const upHostCluster = (v: any) => store.list('hosts').some((h) => h.cluster.id === v.cluster.id && h.status.state === 'up');
const down = store.list('vms').find((v) => v.status.state === 'down' && upHostCluster(v) && !v.vmpool)!;
const up = store.list('vms').find((v) => v.status.state === 'up')!;

const created = call('POST', '/vms', `<vm><name>crawl-vm</name><cluster id="${cluster.id}"/><template id="${template.id}"/></vm>`);
const vmId = idOf(created.body);
call('GET', `/vms/${vmId}`);
const cs = /href="[^"]*(\/vms\/[^"]+\/creation_status\/[^"]+)"/.exec(created.body)?.[1];
if (cs) call('GET', cs);
call('POST', '/vms', '<vm><name>x</name></vm>');
call('POST', '/vms', '<vm><name>broken</vm>');
call('PUT', `/vms/${down.id}`, '<vm><description>crawl</description></vm>');
call('PUT', `/vms/${down.id}`, '<vm id="00000000-0000-0000-0000-00000000beef"/>');
for (const a of ['start', 'stop', 'suspend', 'cancelmigration']) call('POST', `/vms/${down.id}/${a}`, '<action/>');
const asyncStart = call('POST', `/vms/${up.id}/ticket`, '<action><async>true</async></action>');
const href = /href="([^"]+)"/.exec(asyncStart.body)?.[1]?.slice(base.length);
if (href) { call('GET', href); tick(1000); call('GET', href); tick(2000); call('GET', href); }
call('POST', `/vms/${down.id}/start`, '<action/>');
tick(1500); call('GET', `/vms/${down.id}`); tick(3000); call('GET', `/vms/${down.id}`);
call('GET', `/vms/${down.id}/sessions`);
call('POST', `/vms/${down.id}/ticket`, '<action><ticket><expiry>60</expiry></ticket></action>');
call('GET', `/vms/${down.id}/sessions`);
call('GET', `/vms/${down.id}/statistics`);
call('POST', `/vms/${down.id}/migrate`, '<action/>');
call('GET', `/vms/${down.id}`);
call('DELETE', `/vms/${up.id}`);
const nic = call('POST', `/vms/${vmId}/nics`, '<nic><name>nic9</name></nic>');
call('GET', `/vms/${vmId}/nics/${idOf(nic.body)}/statistics`);
call('POST', `/vms/${vmId}/nics/${idOf(nic.body)}/deactivate`, '<action/>');
const disk = call('POST', `/vms/${vmId}/disks`, '<disk><provisioned_size>1073741824</provisioned_size><interface>virtio</interface><format>cow</format></disk>');
call('GET', `/vms/${vmId}/disks/${idOf(disk.body)}/statistics`);
const snap = call('POST', `/vms/${vmId}/snapshots`, '<snapshot><description>crawl</description></snapshot>');
tick(5000);
call('GET', `/vms/${vmId}/snapshots/${idOf(snap.body)}`);
call('POST', `/vms/${vmId}/tags`, '<tag><name>web</name></tag>');
const mary = store.list('users')[1];
call('POST', `/vms/${vmId}/permissions`, `<permission><role id="${store.list('roles')[2].id}"/><user id="${mary.id}"/></permission>`);
call('POST', `/vms/${vmId}/watchdogs`, '<watchdog><model>i6300esb</model><action>reset</action></watchdog>');
call('POST', `/vms/${vmId}/clone`, '<action><vm><name>crawl-clone</name></vm></action>');
call('POST', '/events', '<event><description>crawl</description><severity>warning</severity><origin>crawl</origin><custom_id>1</custom_id></event>');
call('GET', '/events;max=5');
const host = store.list('hosts').find((h) => h.status.state === 'maintenance')!;
call('POST', `/hosts/${host.id}/activate`, '<action/>');
call('POST', `/hosts/${host.id}/fence`, '<action><fence_type>status</fence_type></action>');
call('GET', `/hosts/${host.id}/statistics`);
call('POST', '/datacenters', '<data_center><name>crawl-dc</name><local>false</local></data_center>');
call('POST', '/datacenters', '<data_center><name>Default</name><local>false</local></data_center>');
call('POST', '/clusters', `<cluster><name>crawl-cl</name><data_center id="${store.list('datacenters')[0].id}"/><version major="4" minor="3"/><cpu id="AMD EPYC"/></cluster>`);
call('POST', '/tags', '<tag><name>crawl-tag</name></tag>');
call('GET', `/datacenters/${store.list('datacenters')[0].id}/storagedomains`);

// Template from a VM, export, pools, floating disks, imports, host networking, gluster, storage actions.
const downVm = store.list('vms').find((v) => v.status.state === 'down' && !v.vmpool)!;
const tpl = call('POST', '/templates', `<template><name>crawl-tpl</name><vm id="${downVm.id}"/></template>`);
const tplCs = /href="[^"]*(\/templates\/[^"]+\/creation_status\/[^"]+)"/.exec(tpl.body)?.[1];
if (tplCs) call('GET', tplCs);
tick(5000);
const exportSd = store.list('storagedomains').find((d) => d.type === 'export')!;
call('POST', `/templates/${idOf(tpl.body)}/export`, `<action><storage_domain id="${exportSd.id}"/></action>`);
call('POST', '/vmpools', `<vmpool><name>crawl-pool</name><size>2</size><cluster id="${cluster.id}"/><template id="${template.id}"/></vmpool>`);
tick(4000);
const pool = store.list('vmpools')[0];
call('POST', `/vmpools/${pool.id}/allocatevm`, '<action/>');
const data1 = store.list('storagedomains').find((d) => d.name === 'data1')!;
const fd = call('POST', '/disks', `<disk><alias>crawl-disk</alias><provisioned_size>1073741824</provisioned_size><format>cow</format><interface>virtio</interface><storage_domains><storage_domain id="${data1.id}"/></storage_domains></disk>`);
tick(4000);
call('POST', `/disks/${idOf(fd.body)}/copy`, `<action><storage_domain name="data2"/></action>`);
const legacy = store.list(`storagedomains/${exportSd.id}/vms`)[0];
call('POST', `/storagedomains/${exportSd.id}/vms/${legacy.id}/import`, '<action><cluster name="Default"/><storage_domain name="data1"/></action>');
const glance = store.list('storagedomains').find((d) => d.type === 'image')!;
const image = store.list(`storagedomains/${glance.id}/images`)[0];
call('POST', `/storagedomains/${glance.id}/images/${image.id}/import`, '<action><storage_domain name="data1"/></action>');
call('POST', `/storagedomains/${data1.id}/isattached`, `<action><host id="${store.list('hosts')[0].id}"/></action>`);
const h0 = store.list('hosts')[0];
const nic1 = store.list(`hosts/${h0.id}/nics`)[1];
const pub = store.list('networks').find((x) => x.name === 'public')!;
call('POST', `/hosts/${h0.id}/setupnetworks`, `<action><modified_network_attachments><network_attachment><network id="${pub.id}"/><host_nic id="${nic1.id}"/></network_attachment></modified_network_attachments></action>`);
call('GET', `/hosts/${h0.id}/nics/${nic1.id}/networkattachments`);
call('GET', `/hosts/${h0.id}/nics/${nic1.id}/statistics`);
call('POST', `/hosts/${h0.id}/iscsidiscover`, '<action><iscsi><address>10.1.1.2</address></iscsi></action>');
call('POST', `/hosts/${h0.id}/iscsidiscover`, '<action><iscsi><address>999.1.1.1</address></iscsi></action>');
call('POST', `/hosts/${store.list('hosts').find((x) => x.status.state === 'up')!.id}/unregisteredstoragedomainsdiscover`, '<action/>');
const gl = store.list('clusters')[1];
const vol = store.list(`clusters/${gl.id}/glustervolumes`)[0];
call('POST', `/clusters/${gl.id}/glustervolumes/${vol.id}/setoption`, '<action><option name="nfs.disable" value="on"/></action>');
call('POST', `/clusters/${gl.id}/glustervolumes/${vol.id}/stop`, '<action/>');
call('POST', `/vms/${downVm.id}/move`, '<action><storage_domain name="data2"/></action>');
call('GET', '/v3');
call('GET', '/vms', undefined, { authorization: 'Basic ' + Buffer.from('mary@internal:mary').toString('base64') });
console.log(`${n} documents written to ${out}`);
