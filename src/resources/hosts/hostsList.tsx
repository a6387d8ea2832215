// /hosts: guide chapter 14; columns from the element table (Table 14.1), searched like `status=up and cluster=Default`,
// plus CPU and memory use from each visible host's statistics (guide 14.6.x statistics).
import { viewFromTable } from '../../components/listView';
import UsageCell from '../../components/statistics/UsageCell';
import { tables } from '../../schema';
import { t, tk } from '../../i18n';

const base = viewFromTable(tables.hosts, { placeholder: tk('e.g. status=up and cluster=Default sortby name'), tagged: true });

export const hostsList = {
  ...base,
  columns: (names: Parameters<typeof base.columns>[0]) => [
    ...base.columns(names),
    { field: 'cpuUse', headerName: t('CPU use'), width: 130, renderCell: ({ row }) => <UsageCell kind="host" row={row} metric="cpu" /> },
    { field: 'memoryUse', headerName: t('Memory use'), width: 130, renderCell: ({ row }) => <UsageCell kind="host" row={row} metric="memory" /> },
  ] satisfies ReturnType<typeof base.columns>,
};
