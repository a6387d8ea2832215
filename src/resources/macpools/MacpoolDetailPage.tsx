// /macpools/:id — guide chapter 23 (MAC address pools): general with the address ranges.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const macpoolDetail: DetailConfig = { collection: 'macpools', noun: tk('MAC pool'), tabs: [generalTab()] };

export default function MacpoolDetailPage() {
  return <DetailPage config={macpoolDetail} />;
}
