// /networks/:id — guide chapter 11 (logical networks): vNIC profiles, network labels, permissions.
import { DetailPage, generalTab, LabelsTab, permissionsTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const networkDetail: DetailConfig = {
  collection: 'networks',
  noun: tk('Network'),
  tabs: [
    generalTab(),
    { key: 'vnicprofiles', label: tk('vNIC profiles'), table: 'vnicprofiles', linkTo: 'vnicprofiles' },
    { key: 'labels', label: tk('Labels'), rel: 'labels', render: ({ scope, object }) => <LabelsTab key={scope.id} scope={scope} object={object} /> },
    permissionsTab(),
  ],
};

export default function NetworkDetailPage() {
  return <DetailPage config={networkDetail} />;
}
