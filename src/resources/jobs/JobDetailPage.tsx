// /jobs/:id — guide chapter 26 (jobs): the job and its steps, re-read while it runs.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';
import StatusChip from '../../components/StatusChip';
import { formatDate, humanize } from '../../components/format';

export const jobDetail: DetailConfig = {
  collection: 'jobs',
  noun: 'Job',
  transitional: ['started'],
  title: (j) => String(j.description ?? j.id),
  tabs: [
    generalTab(),
    { key: 'steps', label: 'Steps', columns: () => [
      { header: 'Step', value: (s) => String(s.number ?? '') },
      { header: 'Description', value: (s) => String(s.description ?? '') },
      { header: 'Type', value: (s) => humanize(s.type) },
      { header: 'Started', value: (s) => formatDate(s.start_time) },
      { header: 'Ended', value: (s) => formatDate(s.end_time) },
      { header: 'Status', value: (s) => <StatusChip state={String(s.status?.state ?? '').toLowerCase()} /> },
    ] },
  ],
};

export default function JobDetailPage() {
  return <DetailPage config={jobDetail} />;
}
