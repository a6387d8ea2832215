// A collection as a DataGrid in server mode: the engine sorts and pages (`sortby`, `page N`); the
// number of results is unknown, so a full page means there is a next one. The previous page stays
// visible while the next loads.
import Box from '@mui/material/Box';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useMemo, useRef } from 'react';
import { DataGrid, type GridColDef, type GridRowId, type GridSortModel } from '@mui/x-data-grid';
import type { XmlObject } from '../xsd/parse';
import type { ListParams } from '../query';

export type ResourceColumn = GridColDef<XmlObject> & {
  /** The engine's `sortby` field for this column; columns without one do not sort. */
  sortBy?: string;
};

interface Props {
  label: string;
  rows: XmlObject[];
  columns: ResourceColumn[];
  params: ListParams;
  pageSize: number;
  hasNextPage: boolean;
  loading: boolean;
  onChange: (next: Partial<ListParams>) => void;
  /** Row selection with checkboxes (for bulk actions): the selected row ids and their change. */
  selection?: { ids: ReadonlySet<string>; onChange: (ids: Set<string>) => void };
  /** A collection the engine cannot search: every item is here, sorted and paged in the browser. */
  clientSide?: boolean;
}

/** On a phone a list shows what identifies a row and what can be done with it: name, status, actions. */
function phoneColumns(columns: ResourceColumn[]): ResourceColumn[] {
  const keep = columns.filter((c, i) => i === 0 || c.field === 'status' || c.field === '__actions');
  return keep.map((c, i) => (i === 0 ? { ...c, flex: 1, minWidth: 100, width: undefined } : c.field === 'status' ? { ...c, width: 120, flex: undefined } : { ...c, width: 60 }));
}

export const rowIdOf = (r: XmlObject): string => String(r.id ?? r.href ?? r.name);

export default function ResourceTable({ label, rows, columns: all, params, pageSize, hasNextPage, loading, onChange, selection, clientSide }: Props) {
  const phone = useMediaQuery((t: Theme) => t.breakpoints.down('sm'), { noSsr: true });
  // Stable identities for the grid: new column objects or a new selection model on every render make it
  // render every cell again (a click on "next page" renders the page once before the rows arrive).
  const columns = useMemo(() => (phone ? phoneColumns(all) : all), [phone, all]);
  const cols = useMemo(() => columns.map(({ sortBy, ...c }) => ({ ...c, sortable: !!sortBy })), [columns]);
  const selected = useSelectionProps(selection);
  const sortField = columns.find((c) => c.sortBy === params.sortBy)?.field;
  // Stable identity: a new array on every render makes the grid think the sort changed and jump to page 1.
  const sortModel: GridSortModel = useMemo(() => (sortField ? [{ field: sortField, sort: params.order ?? 'asc' }] : []), [sortField, params.order]);
  const paginationModel = useMemo(() => ({ page: params.page - 1, pageSize }), [params.page, pageSize]);
  if (clientSide) return <ClientTable label={label} rows={rows} columns={columns} pageSize={pageSize} loading={loading} selection={selection} />;
  const onSort = (model: GridSortModel) => {
    const m = model[0];
    const col = m && columns.find((c) => c.field === m.field);
    onChange({ sortBy: col?.sortBy, order: m?.sort === 'desc' ? 'desc' : 'asc', page: 1 });
  };
  return (
    <Box sx={{ height: 'calc(100vh - 230px)', minHeight: 320, width: '100%' }}>
      <DataGrid
        aria-label={label}
        rows={rows}
        columns={cols}
        getRowId={rowIdOf}
        loading={loading}
        {...selected}
        paginationMode="server"
        sortingMode="server"
        disableColumnFilter
        disableRowSelectionOnClick
        // Unknown total while a full page came back; on the last page the total is known.
        rowCount={hasNextPage ? -1 : (params.page - 1) * pageSize + rows.length}
        paginationMeta={{ hasNextPage }}
        pageSizeOptions={[pageSize]}
        paginationModel={paginationModel}
        onPaginationModelChange={(m) => onChange({ page: m.page + 1 })}
        sortModel={sortModel}
        onSortModelChange={onSort}
        disableVirtualization={import.meta.env.MODE === 'test'}
        density="compact"
      />
    </Box>
  );
}

/** The grid's selection props; the model keeps its identity while the same rows are selected. */
function useSelectionProps(selection: Props['selection']) {
  const key = selection ? [...selection.ids].join('\n') : undefined;
  const onChange = useRef(selection?.onChange);
  onChange.current = selection?.onChange;
  return useMemo(() => (key === undefined ? {} : {
    checkboxSelection: true,
    keepNonExistentRowsSelected: true,
    rowSelectionModel: { type: 'include' as const, ids: new Set<GridRowId>(key ? key.split('\n') : []) },
    onRowSelectionModelChange: (m: { type: 'include' | 'exclude'; ids: Set<GridRowId> }) => onChange.current?.(new Set([...m.ids].map(String))),
  }), [key]);
}

/** Small collections the engine cannot search (roles, tags, MAC pools): sorted and paged in the browser. */
function ClientTable({ label, rows, columns, pageSize, loading, selection }: Pick<Props, 'label' | 'rows' | 'columns' | 'pageSize' | 'loading' | 'selection'>) {
  const cols = useMemo(() => columns.map(({ sortBy: _s, ...c }) => c), [columns]);
  const selected = useSelectionProps(selection);
  return (
    <Box sx={{ height: 'calc(100vh - 230px)', minHeight: 320, width: '100%' }}>
      <DataGrid aria-label={label} rows={rows} columns={cols} getRowId={rowIdOf} loading={loading} {...selected}
        disableColumnFilter disableRowSelectionOnClick pageSizeOptions={[pageSize]} initialState={{ pagination: { paginationModel: { pageSize } } }}
        disableVirtualization={import.meta.env.MODE === 'test'} density="compact" />
    </Box>
  );
}
