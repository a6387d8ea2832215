// Any known collection without its own page yet: a searchable, sortable list of name, status, description.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import QueryState from '../components/QueryState';
import ResourceTable, { type ResourceColumn } from '../components/ResourceTable';
import SearchBox from '../components/SearchBox';
import StatusChip from '../components/StatusChip';
import { humanize } from '../components/format';
import { useListParams } from '../components/useListParams';
import { listQuery, PAGE_SIZE } from '../query';

const COLUMNS: ResourceColumn[] = [
  { field: 'name', headerName: 'Name', sortBy: 'name', flex: 1, valueGetter: (_v, r) => r.name ?? r.id },
  { field: 'status', headerName: 'Status', width: 150, valueGetter: (_v, r) => humanize(r.status?.state), renderCell: ({ row }) => <StatusChip state={row.status?.state} /> },
  { field: 'description', headerName: 'Description', flex: 2, valueGetter: (_v, r) => r.description ?? '' },
];

export default function CollectionPage({ segment, label }: { segment: string; label: string }) {
  // No default sort: not every collection has a name to sort by (events).
  const { params, update } = useListParams('');
  const list = useQuery(listQuery(segment, params));
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">{label}</Typography>
      <SearchBox label={`Search ${label.toLowerCase()}`} value={params.criteria} onSearch={(s) => update({ criteria: s.criteria, page: s.page ?? 1 })} />
      <QueryState query={list} label={`Loading ${label}`}>
        {(data) => (
          <ResourceTable label={label} rows={data.items} columns={COLUMNS} params={params} pageSize={PAGE_SIZE}
            hasNextPage={data.hasNextPage} loading={list.isFetching} onChange={update} />
        )}
      </QueryState>
    </Stack>
  );
}
