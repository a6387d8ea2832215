// /templates/:id — guide chapter 17 (templates): disks, NICs, CD-ROMs, watchdogs, permissions, tags, events.
import { DetailPage, eventsTab, generalTab, permissionsTab, tagsTab, type DetailConfig } from '../../components/detail';

export const templateDetail: DetailConfig = {
  collection: 'templates',
  noun: 'Template',
  transitional: ['locked'],
  tabs: [
    generalTab(),
    { key: 'disks', label: 'Disks', table: 'disks', linkTo: 'disks' },
    { key: 'nics', label: 'NICs', table: 'nics', lookups: ['networks'] },
    { key: 'cdroms', label: 'CD-ROMs', columns: () => [
      { header: 'Device', value: (c) => String(c.id ?? '') },
      { header: 'Image', value: (c) => String(c.file?.id || 'None (empty)') },
    ] },
    { key: 'watchdogs', label: 'Watchdogs', table: 'watchdogs' },
    permissionsTab(),
    tagsTab(),
    eventsTab('template.name'),
  ],
};

export default function TemplateDetailPage() {
  return <DetailPage config={templateDetail} />;
}
