// /templates/:id — guide chapter 17 (templates): disks, NICs, CD-ROMs, watchdogs, permissions, tags, events.
import { DetailPage, eventsTab, generalTab, permissionsTab, tagsTab, type DetailConfig } from '../../components/detail';
import { t, tk } from '../../i18n';

export const templateDetail: DetailConfig = {
  collection: 'templates',
  noun: tk('Template'),
  transitional: ['locked'],
  tabs: [
    generalTab(),
    { key: 'disks', label: tk('Disks'), table: 'disks', linkTo: 'disks' },
    { key: 'nics', label: tk('NICs'), table: 'nics', lookups: ['networks'] },
    { key: 'cdroms', label: tk('CD-ROMs'), columns: () => [
      { header: t('Device'), value: (c) => String(c.id ?? '') },
      { header: t('Image'), value: (c) => String(c.file?.id || 'None (empty)') },
    ] },
    { key: 'watchdogs', label: tk('Watchdogs'), table: 'watchdogs' },
    permissionsTab(),
    tagsTab(),
    eventsTab('template.name'),
  ],
};

export default function TemplateDetailPage() {
  return <DetailPage config={templateDetail} />;
}
