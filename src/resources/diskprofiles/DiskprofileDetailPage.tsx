// /diskprofiles/:id — guide 12.3 (a storage domain's disk profiles, top-level since 3.6): general with the
// storage domain and QoS links, permissions.
import { DetailPage, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const diskprofileDetail: DetailConfig = {
  collection: 'diskprofiles',
  noun: tk('Disk profile'),
  defaultSort: '',
  actions: false,
  tabs: [generalTab(), permissionsTab()],
};

export default function DiskprofileDetailPage() {
  return <DetailPage config={diskprofileDetail} />;
}
