// /vnicprofiles/:id — guide 11.5.1 (a network's vNIC profiles, top-level since 3.6): general with the
// network link, permissions (who may use the profile on a VM's NIC).
import { DetailPage, generalTab, permissionsTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const vnicprofileDetail: DetailConfig = {
  collection: 'vnicprofiles',
  noun: tk('vNIC profile'),
  defaultSort: '',
  tabs: [generalTab(), permissionsTab()],
};

export default function VnicprofileDetailPage() {
  return <DetailPage config={vnicprofileDetail} />;
}
