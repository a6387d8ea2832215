// /datacenters/:parentId/iscsibonds/:id — an iSCSI bond of a data center (RSDL: networks, storageconnections):
// the logical networks and the storage connections whose iSCSI sessions it spreads over them.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const iscsibondDetail: DetailConfig = {
  collection: 'iscsibonds',
  parent: { collection: 'datacenters', sub: 'iscsibonds', noun: tk('Data center') },
  noun: tk('iSCSI bond'),
  actions: false,
  tabs: [
    generalTab(),
    { key: 'networks', label: tk('Logical networks'), table: 'networks', linkTo: 'networks' },
    { key: 'storageconnections', label: tk('Storage connections'), table: 'storageconnections', linkTo: 'storageconnections' },
  ],
};

export default function IscsibondDetailPage() {
  return <DetailPage config={iscsibondDetail} />;
}
