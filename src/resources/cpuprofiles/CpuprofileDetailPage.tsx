// /cpuprofiles/:id — guide 3.6 (CPU profiles, one or more per cluster): general with the cluster and QoS
// links, permissions.
import { DetailPage, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const cpuprofileDetail: DetailConfig = {
  collection: 'cpuprofiles',
  noun: tk('CPU profile'),
  defaultSort: '',
  tabs: [generalTab(), permissionsTab()],
};

export default function CpuprofileDetailPage() {
  return <DetailPage config={cpuprofileDetail} />;
}
