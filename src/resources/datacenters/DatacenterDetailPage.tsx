// /datacenters/:id — guide chapter 10 (data centers): attached storage domains with activate/deactivate
// (10.6), clusters, logical networks, quotas, iSCSI bonds, permissions, events.
import { DetailPage, eventsTab, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';
import type { XmlObject } from '../../xsd/parse';
import { t, tk } from '../../i18n';

const state = (sd: XmlObject) => String(sd.status?.state ?? '');

export const datacenterDetail: DetailConfig = {
  collection: 'datacenters',
  noun: tk('Data center'),
  transitional: ['contend'],
  tabs: [
    generalTab(),
    { key: 'storagedomains', label: tk('Storage domains'), table: 'storagedomains', linkTo: 'storagedomains',
      attach: { label: tk('Attach storage domain'), collection: 'storagedomains', element: 'storage_domain' },
      rowActions: [
        { label: tk('Activate'), rel: 'activate', when: (sd) => ['maintenance', 'inactive'].includes(state(sd)) },
        { label: tk('Maintenance'), rel: 'deactivate', when: (sd) => state(sd) === 'active' },
        // guide 9.5.1.2: detaching removes the domain from the data center; re-attaching needs it imported again.
        { label: tk('Detach'), method: 'DELETE', when: (sd) => ['maintenance', 'inactive'].includes(state(sd)), confirm: 'typeName',
          consequence: (sd, { object }) => `${String(sd.name)} is detached from data center ${String(object.name)}. Its VMs, templates and disks are no longer available there until the domain is attached and activated again.` },
      ] },
    { key: 'clusters', label: tk('Clusters'), table: 'clusters', linkTo: 'clusters' },
    { key: 'networks', label: tk('Logical networks'), table: 'networks', linkTo: 'networks' },
    { key: 'quotas', label: tk('Quotas'), table: 'quotas', linkItems: true },
    { key: 'iscsibonds', label: tk('iSCSI bonds'), linkItems: true, columns: () => [
      { header: t('Name'), value: (b) => String(b.name ?? b.id) },
      { header: t('Description'), value: (b) => String(b.description ?? '') },
    ] },
    { key: 'qoss', label: 'QoS', columns: () => [
      { header: t('Name'), value: (q) => String(q.name ?? q.id) },
      { header: t('Type'), value: (q) => String(q.type ?? '') },
      { header: t('Description'), value: (q) => String(q.description ?? '') },
    ] },
    permissionsTab(),
    eventsTab('datacenter.name'),
  ],
};

export default function DatacenterDetailPage() {
  return <DetailPage config={datacenterDetail} />;
}
