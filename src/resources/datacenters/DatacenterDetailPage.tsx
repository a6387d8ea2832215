// /datacenters/:id — guide chapter 10 (data centers): attached storage domains with activate/deactivate
// (10.6), clusters, logical networks, quotas, iSCSI bonds, permissions, events.
import { DetailPage, eventsTab, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';
import type { XmlObject } from '../../xsd/parse';

const state = (sd: XmlObject) => String(sd.status?.state ?? '');

export const datacenterDetail: DetailConfig = {
  collection: 'datacenters',
  noun: 'Data center',
  transitional: ['contend'],
  tabs: [
    generalTab(),
    { key: 'storagedomains', label: 'Storage domains', table: 'storagedomains', linkTo: 'storagedomains',
      attach: { label: 'Attach storage domain', collection: 'storagedomains', element: 'storage_domain' },
      rowActions: [
        { label: 'Activate', rel: 'activate', when: (sd) => ['maintenance', 'inactive'].includes(state(sd)) },
        { label: 'Maintenance', rel: 'deactivate', when: (sd) => state(sd) === 'active' },
        // guide 9.5.1.2: detaching removes the domain from the data center; re-attaching needs it imported again.
        { label: 'Detach', method: 'DELETE', when: (sd) => ['maintenance', 'inactive'].includes(state(sd)), confirm: 'typeName',
          consequence: (sd, { object }) => `${String(sd.name)} is detached from data center ${String(object.name)}. Its VMs, templates and disks are no longer available there until the domain is attached and activated again.` },
      ] },
    { key: 'clusters', label: 'Clusters', table: 'clusters', linkTo: 'clusters' },
    { key: 'networks', label: 'Logical networks', table: 'networks', linkTo: 'networks' },
    { key: 'quotas', label: 'Quotas', table: 'quotas', linkItems: true },
    { key: 'iscsibonds', label: 'iSCSI bonds', linkItems: true, columns: () => [
      { header: 'Name', value: (b) => String(b.name ?? b.id) },
      { header: 'Description', value: (b) => String(b.description ?? '') },
    ] },
    { key: 'qoss', label: 'QoS', columns: () => [
      { header: 'Name', value: (q) => String(q.name ?? q.id) },
      { header: 'Type', value: (q) => String(q.type ?? '') },
      { header: 'Description', value: (q) => String(q.description ?? '') },
    ] },
    permissionsTab(),
    eventsTab('datacenter.name'),
  ],
};

export default function DatacenterDetailPage() {
  return <DetailPage config={datacenterDetail} />;
}
