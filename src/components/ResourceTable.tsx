// A collection as a DataTable in server mode: the engine sorts and pages (`sortby`, `page N`); the
// number of results is unknown, so a full page means there is a next one. The previous page stays
// visible while the next loads. Collections the engine cannot search sort and page in the browser.
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useMemo, useState } from 'react';
import DataTable from './grid/DataTable';
import { cellValue, type GridColumn, type SortState } from './grid/types';
import type { XmlObject } from '../xsd/parse';
import type { ListParams } from '../query';

export type ResourceColumn = GridColumn<XmlObject> & {
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
  // Stable column identities: rows render again only when their object or the columns change.
  const columns = useMemo(() => (phone ? phoneColumns(all) : all), [phone, all]);
  const cols = useMemo(() => columns.map((c) => ({ ...c, sortable: clientSide ? c.sortable !== false : !!c.sortBy })), [columns, clientSide]);
  if (clientSide) return <ClientTable label={label} rows={rows} columns={cols} pageSize={pageSize} loading={loading} selection={selection} />;
  const sortField = columns.find((c) => c.sortBy === params.sortBy)?.field;
  const onSort = (s: SortState | undefined) => {
    const col = s && columns.find((c) => c.field === s.field);
    onChange({ sortBy: col?.sortBy, order: s?.sort === 'desc' ? 'desc' : 'asc', page: 1 });
  };
  return (
    <DataTable label={label} rows={rows} columns={cols} getRowId={rowIdOf} loading={loading} selection={selection}
      sort={sortField ? { field: sortField, sort: params.order ?? 'asc' } : undefined} onSortChange={onSort}
      page={params.page} pageSize={pageSize} hasNextPage={hasNextPage}
      // On the last page the total is known.
      total={hasNextPage ? undefined : (params.page - 1) * pageSize + rows.length}
      onPageChange={(page) => onChange({ page })} />
  );
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Small collections the engine cannot search (roles, tags, MAC pools): sorted and paged in the browser. */
function ClientTable({ label, rows, columns, pageSize, loading, selection }: Pick<Props, 'label' | 'rows' | 'columns' | 'pageSize' | 'loading' | 'selection'>) {
  const [sort, setSort] = useState<SortState | undefined>();
  const [page, setPage] = useState(1);
  const sorted = useMemo(() => {
    const col = sort && columns.find((c) => c.field === sort.field);
    if (!col) return rows;
    const key = (r: XmlObject) => { const v = cellValue(col, r); return v === undefined || v === null ? '' : String(v); };
    const out = [...rows].sort((a, b) => collator.compare(key(a), key(b)));
    return sort.sort === 'desc' ? out.reverse() : out;
  }, [rows, columns, sort]);
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(page, pages);
  const shown = useMemo(() => sorted.slice((current - 1) * pageSize, current * pageSize), [sorted, current, pageSize]);
  return (
    <DataTable label={label} rows={shown} columns={columns} getRowId={rowIdOf} loading={loading} selection={selection}
      sort={sort} onSortChange={(s) => { setSort(s); setPage(1); }} page={current} pageSize={pageSize}
      hasNextPage={current < pages} total={sorted.length} onPageChange={setPage} />
  );
}
