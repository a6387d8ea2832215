// /vms: the engine searches, sorts and pages; host and cluster names are fetched by id for the rows shown. Rows can be
// selected for bulk start / power off / shut down ... (what every selected VM's state allows).
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { BulkActionBar, useRowActions, type RowActionDialogs } from '../../components/actions';
import NewButton from '../../components/form/NewButton';
import SavedSearches from '../../components/search/SavedSearches';
import TagTree from '../../components/tags/TagTree';
import { tagOf, withTag } from '../../components/tags/tagFilter';
import PendingListBar from '../../components/PendingListBar';
import { readAhead } from '../../components/useListParams';
import QueryState from '../../components/QueryState';
import ResourceTable from '../../components/ResourceTable';
import SearchBox from '../../components/SearchBox';
import { useListParams } from '../../components/useListParams';
import { listWithStatisticsQuery, PAGE_SIZE, refIds, useRefNames, type ListParams } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { vmColumns } from './vmColumns';
import { t } from '../../i18n';
import ConsoleDialog from './ConsoleDialog';

const CONSOLE_DIALOG: RowActionDialogs = { ticket: (vm, onClose) => <ConsoleDialog vm={vm} open onClose={onClose} /> };

const VM_REFS = [['host', 'hosts'], ['cluster', 'clusters']] as const;

export default function VmsPage() {
  const client = useQueryClient();
  const { params, update } = useListParams('name', useCallback((next: ListParams) => readAhead(client, listWithStatisticsQuery('vms', next)), [client]));
  // Refetched when an event names a VM, else once a minute (at 10 s) with the rows' statistics inline.
  const list = useQuery(listWithStatisticsQuery('vms', params));
  const [selected, setSelected] = useState<Map<string, XmlObject>>(new Map());
  const rows = list.data?.items ?? [];
  const names = useRefNames(useMemo(() => refIds(rows, VM_REFS), [rows]));
  // The selection keeps VMs of other pages; those on screen are taken fresh (their state decides the actions).
  const onSelection = (ids: Set<string>) => setSelected((old) =>
    new Map([...ids].map((id) => [id, rows.find((r) => String(r.id) === id) ?? old.get(id)]).filter((e): e is [string, XmlObject] => !!e[1])));
  const current = [...selected.keys()].map((id) => rows.find((r) => String(r.id) === id) ?? selected.get(id)!);
  // The console ticket opens the console hand-over (ticket, .vv file, the console in the browser), as on the VM page.
  const rowActions = useRowActions('vms', undefined, CONSOLE_DIALOG);
  // The actions come right after name and status: at the end they would sit past the card's right edge
  // (the grid draws only the columns in view), out of reach without scrolling sideways.
  const columns = useMemo(() => {
    const [name, status, ...rest] = vmColumns(names);
    return [name, status, rowActions.column, ...rest];
  }, [names, rowActions.column]);

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h5" component="h1">{t('Virtual Machines')}</Typography>
        <NewButton segment="vms" />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <SearchBox
          segment="vms"
          label={t('Search virtual machines')}
          placeholder={t('e.g. status=up and cluster=Default sortby name desc')}
          value={params.criteria}
          onSearch={(s) => update({ criteria: s.criteria, page: s.page ?? 1, ...(s.sortBy ? { sortBy: s.sortBy, order: s.order ?? 'asc' } : {}) })}
        />
        <SavedSearches segment="vms" />
      </Stack>
      <Stack direction="row" spacing={2}>
        <TagTree selected={tagOf(params.criteria)} onSelect={(t) => update({ criteria: withTag(params.criteria, t), page: 1 })} />
        <Stack spacing={1} sx={{ flex: 1, minWidth: 0 }}>
          <BulkActionBar segment="vms" selected={current} onClear={() => setSelected(new Map())} noun={t('virtual machines')} />
          <PendingListBar segment="vms" params={params} />
          <QueryState query={list} label={t('Loading virtual machines')}>
            {(data) => (
              <ResourceTable
                label={t('Virtual machines')}
                rows={data.items}
                columns={columns}
                params={params}
                pageSize={PAGE_SIZE}
                hasNextPage={data.hasNextPage}
                loading={list.isFetching}
                onChange={update}
                selection={{ ids: new Set(selected.keys()), onChange: onSelection }}
              />
            )}
          </QueryState>
          {rowActions.element}
        </Stack>
      </Stack>
    </Stack>
  );
}
