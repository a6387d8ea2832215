// A column of a DataTable: what the cell shows (`valueGetter`, or `renderCell` for links, chips and bars),
// how wide it is, and whether its header sorts. The shape follows MUI's GridColDef where they overlap.
import type { ReactNode } from 'react';

export interface GridColumn<R> {
  field: string;
  headerName?: string;
  /** A fixed width in pixels; otherwise the column shares the table's free width by `flex` (default 1). */
  width?: number;
  flex?: number;
  minWidth?: number;
  maxWidth?: number;
  sortable?: boolean;
  /** The cell's text, and what a browser-side sort compares. */
  valueGetter?: (value: unknown, row: R) => unknown;
  renderCell?: (params: { row: R; value: unknown; field: string }) => ReactNode;
  /** Accepted for MUI parity; the table has no column menu. */
  disableColumnMenu?: boolean;
}

export type SortDirection = 'asc' | 'desc';
export interface SortState { field: string; sort: SortDirection }

export function cellValue<R extends Record<string, unknown>>(col: GridColumn<R>, row: R): unknown {
  const raw = row[col.field];
  return col.valueGetter ? col.valueGetter(raw, row) : raw;
}

/** The next sort after a click on a sortable header: ascending, then descending, then none. */
export function nextSort(current: SortState | undefined, field: string): SortState | undefined {
  if (current?.field !== field) return { field, sort: 'asc' };
  return current.sort === 'asc' ? { field, sort: 'desc' } : undefined;
}
