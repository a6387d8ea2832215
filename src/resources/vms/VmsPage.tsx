// /vms: the engine searches, sorts and pages; host and cluster names come from one list each.
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { namesById } from '../../api';
import QueryState from '../../components/QueryState';
import ResourceTable from '../../components/ResourceTable';
import SearchBox from '../../components/SearchBox';
import { useListParams } from '../../components/useListParams';
import { allQuery, listQuery, PAGE_SIZE } from '../../query';
import { vmColumns } from './vmColumns';

export default function VmsPage() {
  const { params, update } = useListParams('name');
  const list = useQuery(listQuery('vms', params));
  const hosts = useQuery(allQuery('hosts'));
  const clusters = useQuery(allQuery('clusters'));
  const columns = useMemo(
    () => vmColumns(namesById(hosts.data ?? []), namesById(clusters.data ?? [])),
    [hosts.data, clusters.data],
  );

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">Virtual Machines</Typography>
      <SearchBox
        label="Search virtual machines"
        placeholder="e.g. status=up and cluster=Default sortby name desc"
        value={params.criteria}
        onSearch={(s) => update({ criteria: s.criteria, page: s.page ?? 1, ...(s.sortBy ? { sortBy: s.sortBy, order: s.order ?? 'asc' } : {}) })}
      />
      <QueryState query={list} label="Loading virtual machines">
        {(data) => (
          <ResourceTable
            label="Virtual machines"
            rows={data.items}
            columns={columns}
            params={params}
            pageSize={PAGE_SIZE}
            hasNextPage={data.hasNextPage}
            loading={list.isFetching}
            onChange={update}
          />
        )}
      </QueryState>
    </Stack>
  );
}
