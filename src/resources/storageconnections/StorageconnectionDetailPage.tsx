// /storageconnections/:id — guide chapter 13 (storage connections): the connection's details.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const storageconnectionDetail: DetailConfig = {
  collection: 'storageconnections',
  noun: tk('Storage connection'),
  title: (c) => String(c.address ? `${c.address}${c.path ? `:${c.path}` : c.target ? ` ${c.target}` : ''}` : c.id),
  tabs: [generalTab()],
};

export default function StorageconnectionDetailPage() {
  return <DetailPage config={storageconnectionDetail} />;
}
