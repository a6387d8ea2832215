// /vmpools/:id — guide chapter 16 (virtual machine pools): general (cluster, template links), permissions.
import { DetailPage, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const vmpoolDetail: DetailConfig = {
  collection: 'vmpools',
  noun: tk('Pool'),
  tabs: [generalTab(), permissionsTab()],
};

export default function VmpoolDetailPage() {
  return <DetailPage config={vmpoolDetail} />;
}
