// A collection's list: the engine searches, sorts and pages (guide 7.3.7-7.3.9; search, sort and page live in
// the URL), with suggestions, saved searches, the tag tree filter, row actions and bulk actions on a selection.
// A collection the engine cannot search is loaded whole and sorted and paged in the browser.
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BulkActionBar, useRowActions } from '../components/actions';
import PendingListBar from '../components/PendingListBar';
import QueryState from '../components/QueryState';
import ResourceTable, { rowIdOf } from '../components/ResourceTable';
import SearchBox from '../components/SearchBox';
import SavedSearches from '../components/search/SavedSearches';
import TagTree from '../components/tags/TagTree';
import { tagOf, withTag } from '../components/tags/tagFilter';
import { readAhead, useListParams } from '../components/useListParams';
import { allQuery, entryPointQuery, listQuery, PAGE_SIZE, refIds, useRefNames, type ListPage, type ListParams } from '../query';
import { tableFor } from '../schema';
import { actionTableFor } from '../schema/actions';
import type { XmlObject } from '../xsd/parse';
import { listViewFor } from './listViews';
import { inSentence, t } from '../i18n';

export default function CollectionPage({ segment, label }: { segment: string; label: string }) {
  const view = listViewFor(segment, label);
  const title = t(view.label);
  const noun = inSentence(view.noun === view.label.toLowerCase() ? title : t(view.noun));
  const entry = useQuery(entryPointQuery());
  const searchable = !!entry.data && segment in entry.data.searches;
  const client = useQueryClient();
  const prefetch = useCallback((next: ListParams) => (searchable ? readAhead(client, listQuery(segment, next)) : undefined), [client, searchable, segment]);
  const { params, update } = useListParams(searchable ? view.defaultSort : '', prefetch);
  const paged = useQuery({ ...listQuery(segment, params), enabled: searchable });
  const whole = useQuery({
    ...allQuery(segment), enabled: !!entry.data && !searchable, staleTime: 0,
    select: (items: XmlObject[]): ListPage => ({ items, page: 1, hasNextPage: false }),
  });
  const list = searchable ? paged : whole;

  const [selected, setSelected] = useState<Map<string, XmlObject>>(new Map());
  const rows = list.data?.items ?? [];
  // Names of the referenced items on this page only, by id (never the whole referenced collection).
  const refPaths = useMemo(() => view.refPaths ?? view.refs.map((r) => [r.replace(/s$/, ''), r] as [string, string]), [view]);
  const names = useRefNames(useMemo(() => refIds(rows, refPaths), [rows, refPaths]));
  const onSelection = useCallback((ids: Set<string>) => {
    setSelected((old) => {
      const next = new Map<string, XmlObject>();
      for (const id of ids) {
        const r = rows.find((x) => rowIdOf(x) === id) ?? old.get(id);
        if (r) next.set(id, r);
      }
      return next;
    });
  }, [rows]);

  const actionable = !!actionTableFor(segment);
  const rowActions = useRowActions(segment);
  const columns = useMemo(() => [...view.columns(names), ...(actionable ? [rowActions.column] : [])], [view, names, actionable, rowActions.column]);
  const tagged = view.tagged && searchable && !!entry.data && 'tags' in entry.data.collections;
  const creatable = !!tableFor(segment)?.create;

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h5" component="h1">{title}</Typography>
        <Stack direction="row" spacing={1}>
          {view.headerAction ? <view.headerAction /> : null}
          {creatable ? <Button component={RouterLink} to={`/${segment}/new`} startIcon={<AddIcon />} variant="contained" size="small">{t('New')}</Button> : null}
        </Stack>
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        {searchable ? (
          <SearchBox segment={segment} label={t('Search {{noun}}', { noun })} placeholder={view.placeholder && t(view.placeholder)} value={params.criteria}
            onSearch={(s) => update({ criteria: s.criteria, page: s.page ?? 1, ...(s.sortBy ? { sortBy: s.sortBy, order: s.order ?? 'asc' } : {}) })} />
        ) : (
          <Typography color="text.secondary" sx={{ flex: 1 }}>{t('The engine does not search {{noun}}: every item is listed.', { noun })}</Typography>
        )}
        <SavedSearches segment={segment} />
      </Stack>
      <Stack direction="row" spacing={2}>
        {tagged ? <TagTree selected={tagOf(params.criteria)} onSelect={(t) => update({ criteria: withTag(params.criteria, t), page: 1 })} /> : null}
        <Stack spacing={1} sx={{ flex: 1, minWidth: 0 }}>
          {actionable ? <BulkActionBar segment={segment} selected={[...selected.values()]} onClear={() => setSelected(new Map())} noun={noun} /> : null}
          {searchable && <PendingListBar segment={segment} params={params} />}
          <QueryState query={list} label={t('Loading {{label}}', { label: noun })}>
            {(data) => (
              <ResourceTable label={title} rows={data.items} columns={columns} params={params} pageSize={PAGE_SIZE}
                hasNextPage={data.hasNextPage} loading={list.isFetching} onChange={update} clientSide={!searchable}
                selection={actionable ? { ids: new Set(selected.keys()), onChange: onSelection } : undefined} />
            )}
          </QueryState>
        </Stack>
      </Stack>
      {rowActions.element}
    </Stack>
  );
}
