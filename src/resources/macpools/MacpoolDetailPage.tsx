// /macpools/:id — guide chapter 23 (MAC address pools): general with the address ranges.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';

export const macpoolDetail: DetailConfig = { collection: 'macpools', noun: 'MAC pool', tabs: [generalTab()] };

export default function MacpoolDetailPage() {
  return <DetailPage config={macpoolDetail} />;
}
