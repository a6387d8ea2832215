// /jobs/:id — guide chapter 26 (jobs): the job and its steps, re-read while it runs.
import { DetailPage, generalTab, type DetailConfig } from '../../components/detail';
import StatusChip from '../../components/StatusChip';
import { formatDate, humanize } from '../../components/format';
import { t, tk } from '../../i18n';

export const jobDetail: DetailConfig = {
  collection: 'jobs',
  noun: tk('Job'),
  transitional: ['started'],
  title: (j) => String(j.description ?? j.id),
  tabs: [
    generalTab(),
    { key: 'steps', label: tk('Steps'), columns: () => [
      { header: t('Step'), value: (s) => String(s.number ?? '') },
      { header: t('Description'), value: (s) => String(s.description ?? '') },
      { header: t('Type'), value: (s) => humanize(s.type) },
      { header: t('Started'), value: (s) => formatDate(s.start_time) },
      { header: t('Ended'), value: (s) => formatDate(s.end_time) },
      { header: t('Status'), value: (s) => <StatusChip state={String(s.status?.state ?? '').toLowerCase()} /> },
    ] },
  ],
};

export default function JobDetailPage() {
  return <DetailPage config={jobDetail} />;
}
