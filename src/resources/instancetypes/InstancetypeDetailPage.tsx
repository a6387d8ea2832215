// /instancetypes/:id — instance types: hardware profiles for new VMs; general, NICs and watchdogs when offered.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const instancetypeDetail: DetailConfig = {
  collection: 'instancetypes',
  noun: tk('Instance type'),
  tabs: [
    generalTab(),
    { key: 'nics', label: tk('NICs'), table: 'nics' },
    { key: 'watchdogs', label: tk('Watchdogs'), table: 'watchdogs' },
  ],
};

export default function InstancetypeDetailPage() {
  return <DetailPage config={instancetypeDetail} />;
}
