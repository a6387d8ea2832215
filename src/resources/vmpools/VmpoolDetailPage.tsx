// /vmpools/:id — guide chapter 16 (virtual machine pools): general (cluster, template links), permissions.
import { DetailPage, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';

export const vmpoolDetail: DetailConfig = {
  collection: 'vmpools',
  noun: 'Pool',
  tabs: [generalTab(), permissionsTab()],
};

export default function VmpoolDetailPage() {
  return <DetailPage config={vmpoolDetail} />;
}
