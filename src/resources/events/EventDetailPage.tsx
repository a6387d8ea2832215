// /events/:id — guide chapter 25 (events): one event with links to the objects it concerns.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';
import { tk } from '../../i18n';

export const eventDetail: DetailConfig = {
  collection: 'events',
  noun: tk('Event'),
  // The events list is newest first (guide 25.4.2); next/previous follow that order.
  defaultSort: '',
  title: (e) => `Event ${String(e.id)}`,
  tabs: [generalTab()],
};

export default function EventDetailPage() {
  return <DetailPage config={eventDetail} />;
}
