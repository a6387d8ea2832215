// /jobs: the engine's long-running operations (guide 7.5), newest first as the engine lists them; not searchable.
import type { ListView } from '../../components/listView';
import StatusChip from '../../components/StatusChip';
import { formatDate, humanize } from '../../components/format';
import { nameColumn } from '../../components/tableColumns';
import { t, tk } from '../../i18n';

export const jobsList: ListView = {
  segment: 'jobs', label: tk('Jobs'), noun: tk('jobs'), refs: ['users'], defaultSort: '',
  columns: (names) => [
    { ...nameColumn('jobs', 'description', 'Description'), flex: 2 },
    { field: 'status', headerName: t('Status'), width: 150, valueGetter: (_v, r) => humanize(r.status?.state), renderCell: ({ row }) => <StatusChip state={row.status?.state} /> },
    { field: 'start_time', headerName: t('Started'), width: 190, valueGetter: (_v, r) => formatDate(r.start_time) },
    { field: 'end_time', headerName: t('Ended'), width: 190, valueGetter: (_v, r) => formatDate(r.end_time) },
    { field: 'owner', headerName: t('Owner'), flex: 1, valueGetter: (_v, r) => (r.owner?.id ? names('users', r.owner.id) : '') },
    { field: 'external', headerName: t('External'), width: 100, valueGetter: (_v, r) => (r.external === true || r.external === 'true' ? 'Yes' : 'No') },
  ],
};
