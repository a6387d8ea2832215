// /instancetypes/:id — instance types: hardware profiles for new VMs; general, NICs and watchdogs when offered.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';

export const instancetypeDetail: DetailConfig = {
  collection: 'instancetypes',
  noun: 'Instance type',
  tabs: [
    generalTab(),
    { key: 'nics', label: 'NICs', table: 'nics' },
    { key: 'watchdogs', label: 'Watchdogs', table: 'watchdogs' },
  ],
};

export default function InstancetypeDetailPage() {
  return <DetailPage config={instancetypeDetail} />;
}
