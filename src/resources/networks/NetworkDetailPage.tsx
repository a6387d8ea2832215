// /networks/:id — guide chapter 11 (logical networks): vNIC profiles, network labels, permissions.
import { DetailPage, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';

export const networkDetail: DetailConfig = {
  collection: 'networks',
  noun: 'Network',
  tabs: [
    generalTab(),
    { key: 'vnicprofiles', label: 'vNIC profiles', table: 'vnicprofiles' },
    { key: 'labels', label: 'Labels', columns: () => [{ header: 'Label', value: (l) => String(l.id ?? '') }] },
    permissionsTab(),
  ],
};

export default function NetworkDetailPage() {
  return <DetailPage config={networkDetail} />;
}
