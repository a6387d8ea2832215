// The VM list's columns; `sortBy` names the engine's search field each column sorts by.
import type { ResourceColumn } from '../../components/ResourceTable';
import StatusChip from '../../components/StatusChip';
import RowLink from '../../components/RowLink';
import type { NameLookup } from '../../components/tableColumns';
import UsageCell from '../../components/statistics/UsageCell';
import { formatBytes, formatTopology, humanize } from '../../components/format';
import { t } from '../../i18n';

export function vmColumns(names: NameLookup): ResourceColumn[] {
  return [
    {
      field: 'name', headerName: t('Name'), sortBy: 'name', flex: 1, minWidth: 160,
      renderCell: ({ row }) => <RowLink to={`/vms/${encodeURIComponent(row.id)}`}>{String(row.name ?? row.id)}</RowLink>,
    },
    {
      field: 'status', headerName: t('Status'), sortBy: 'status', width: 150,
      valueGetter: (_v, row) => humanize(row.status?.state),
      renderCell: ({ row }) => <StatusChip state={row.status?.state} />,
    },
    // Usage of the rows on screen only (each cell asks once for its own row's statistics; issue 7), then
    // from the list's refreshes, which carry them inline (VmsPage: once a minute at the 10 s refresh; issue 12).
    { field: 'cpuUse', headerName: t('CPU use'), width: 130, renderCell: ({ row }) => <UsageCell kind="vm" row={row} metric="cpu" listRefreshes /> },
    { field: 'memoryUse', headerName: t('Memory use'), width: 130, renderCell: ({ row }) => <UsageCell kind="vm" row={row} metric="memory" listRefreshes /> },
    {
      field: 'host', headerName: t('Host'), sortBy: 'host', flex: 1, minWidth: 120,
      valueGetter: (_v, row) => names('hosts', row.host?.id),
    },
    {
      field: 'cluster', headerName: t('Cluster'), sortBy: 'cluster', flex: 1, minWidth: 120,
      valueGetter: (_v, row) => names('clusters', row.cluster?.id),
    },
    { field: 'memory', headerName: t('Memory'), sortBy: 'memory', width: 110, valueGetter: (_v, row) => formatBytes(row.memory) },
    { field: 'cpu', headerName: t('CPU (cores×sockets)'), width: 180, valueGetter: (_v, row) => formatTopology(row.cpu?.topology) },
    { field: 'description', headerName: t('Description'), sortBy: 'description', flex: 2, minWidth: 160, valueGetter: (_v, row) => row.description ?? '' },
  ];
}
