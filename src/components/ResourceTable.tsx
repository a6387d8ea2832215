// A collection as a DataGrid in server mode: the engine sorts and pages (`sortby`, `page N`); the
// number of results is unknown, so a full page means there is a next one. The previous page stays
// visible while the next loads.
import Box from '@mui/material/Box';
import { DataGrid, type GridColDef, type GridSortModel } from '@mui/x-data-grid';
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
}

export default function ResourceTable({ label, rows, columns, params, pageSize, hasNextPage, loading, onChange }: Props) {
  const cols = columns.map(({ sortBy, ...c }) => ({ ...c, sortable: !!sortBy }));
  const sortField = columns.find((c) => c.sortBy === params.sortBy)?.field;
  const sortModel: GridSortModel = sortField ? [{ field: sortField, sort: params.order ?? 'asc' }] : [];
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
        getRowId={(r) => String(r.id ?? r.href ?? r.name)}
        loading={loading}
        paginationMode="server"
        sortingMode="server"
        disableColumnFilter
        disableRowSelectionOnClick
        // Unknown total while a full page came back; on the last page the total is known.
        rowCount={hasNextPage ? -1 : (params.page - 1) * pageSize + rows.length}
        paginationMeta={{ hasNextPage }}
        pageSizeOptions={[pageSize]}
        paginationModel={{ page: params.page - 1, pageSize }}
        onPaginationModelChange={(m) => onChange({ page: m.page + 1 })}
        sortModel={sortModel}
        onSortModelChange={onSort}
        disableVirtualization={import.meta.env.MODE === 'test'}
        density="compact"
      />
    </Box>
  );
}
