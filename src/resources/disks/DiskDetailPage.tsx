// /disks/:id — guide chapter 18 (floating disks): general (storage domain links), statistics, permissions.
import { DetailPage, generalTab, permissionsTab, statisticsTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const diskDetail: DetailConfig = {
  collection: 'disks',
  noun: tk('Disk'),
  transitional: ['locked', 'image_locked'],
  title: (d) => String(d.alias ?? d.name ?? d.id),
  defaultSort: 'name',
  tabs: [generalTab(), statisticsTab('disk'), permissionsTab()],
};

export default function DiskDetailPage() {
  return <DetailPage config={diskDetail} />;
}
