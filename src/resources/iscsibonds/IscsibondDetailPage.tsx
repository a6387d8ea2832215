// /datacenters/:parentId/iscsibonds/:id — an iSCSI bond of a data center (RSDL: networks, storageconnections):
// the logical networks and the storage connections whose iSCSI sessions it spreads over them.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';

export const iscsibondDetail: DetailConfig = {
  collection: 'iscsibonds',
  parent: { collection: 'datacenters', sub: 'iscsibonds', noun: 'Data center' },
  noun: 'iSCSI bond',
  actions: false,
  tabs: [
    generalTab(),
    { key: 'networks', label: 'Logical networks', table: 'networks', linkTo: 'networks' },
    { key: 'storageconnections', label: 'Storage connections', table: 'storageconnections', linkTo: 'storageconnections' },
  ],
};

export default function IscsibondDetailPage() {
  return <DetailPage config={iscsibondDetail} />;
}
