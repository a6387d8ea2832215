// /cpuprofiles/:id — guide 3.6 (CPU profiles, one or more per cluster): general with the cluster and QoS
// links, permissions.
import { DetailPage, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';

export const cpuprofileDetail: DetailConfig = {
  collection: 'cpuprofiles',
  noun: 'CPU profile',
  defaultSort: '',
  tabs: [generalTab(), permissionsTab()],
};

export default function CpuprofileDetailPage() {
  return <DetailPage config={cpuprofileDetail} />;
}
