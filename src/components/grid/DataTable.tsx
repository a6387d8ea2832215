// A page of rows as an ARIA grid: a sticky header whose sortable columns cycle the sort, a checkbox per row
// when rows are selectable, and a footer to page. Every row of the page is rendered (a page is at most a
// few hundred rows) as plain table cells, each row memoized: a refresh that brings the same objects, or a
// selection change, renders only the rows it touches. Replaces MUI's DataGrid, whose cells cost several
// times more to render (issue 12: the VM list's next page, sort and search within 150 ms).
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { t } from '../../i18n';
import TableHead from './TableHead';
import TablePager from './TablePager';
import { onGridKeyDown } from './gridKeyboard';
import { useRowWindow } from './useRowWindow';
import { tableSx } from './tableStyles';
import { cellValue, nextSort, type GridColumn, type SortState } from './types';

type Row = Record<string, any>;

export interface DataTableProps<R extends Row> {
  label: string;
  rows: R[];
  columns: GridColumn<R>[];
  getRowId: (row: R) => string;
  loading?: boolean;
  sort?: SortState;
  onSortChange: (sort: SortState | undefined) => void;
  page: number; // from 1
  pageSize: number;
  hasNextPage: boolean;
  total?: number;
  onPageChange: (page: number) => void;
  selection?: { ids: ReadonlySet<string>; onChange: (ids: Set<string>) => void };
}

export default function DataTable<R extends Row>(props: DataTableProps<R>) {
  const { label, rows, columns, getRowId, loading, sort, onSortChange, selection } = props;
  const ids = useMemo(() => rows.map(getRowId), [rows, getRowId]);
  const onPage = selection ? ids.filter((id) => selection.ids.has(id)).length : 0;
  // Rows keep their toggle between renders (memo), so it reads the selection of the moment.
  const latest = useRef(selection);
  latest.current = selection;
  const toggle = useCallback((id: string, on: boolean) => {
    const sel = latest.current;
    if (!sel) return;
    const next = new Set(sel.ids);
    if (on) next.add(id); else next.delete(id);
    sel.onChange(next);
  }, []);
  const selectAll = selection && {
    checked: ids.length > 0 && onPage === ids.length, indeterminate: onPage > 0 && onPage < ids.length,
    onChange: (on: boolean) => {
      const next = new Set(selection.ids);
      for (const id of ids) if (on) next.add(id); else next.delete(id);
      selection.onChange(next);
    },
  };
  const scroller = useRef<HTMLDivElement>(null);
  const win = useRowWindow(scroller, rows.length);
  // Another page or order starts at its first row.
  useLayoutEffect(() => { scroller.current?.scrollTo?.({ top: 0 }); }, [props.page, sort?.field, sort?.sort]);
  const span = columns.length + (selection ? 1 : 0);
  const minWidth = columns.reduce((w, c) => w + (c.width ?? c.minWidth ?? 100), selection ? 50 : 0);
  return (
    <Box sx={tableSx}>
      {loading && <LinearProgress className="grid-loading" aria-label={t('Refreshing {{label}}', { label })} />}
      <div className="grid-scroller" ref={scroller}>
        <table role="grid" aria-label={label} aria-busy={loading || undefined} style={{ minWidth }} onKeyDown={onGridKeyDown}>
          <colgroup>
            {selection && <col style={{ width: 50 }} />}
            {columns.map((c) => <col key={c.field} style={colStyle(c, columns)} />)}
          </colgroup>
          <TableHead columns={columns} sort={sort} onSort={(field) => onSortChange(nextSort(sort, field))} selectAll={selectAll} />
          <tbody>
            <Spacer rows={win.first} height={win.rowHeight} span={span} />
            {rows.slice(win.first, win.last).map((row, i) => {
              const id = ids[win.first + i];
              return <TableRow key={id} id={id} row={row} columns={columns} selected={selection ? selection.ids.has(id) : undefined} onToggle={toggle} />;
            })}
            <Spacer rows={rows.length - win.last} height={win.rowHeight} span={span} />
            {!rows.length && !loading && (
              <tr role="row"><td role="gridcell" className="grid-empty" colSpan={span}>{t('No rows')}</td></tr>
            )}
          </tbody>
        </table>
      </div>
      <TablePager page={props.page} pageSize={props.pageSize} rowsOnPage={rows.length} hasNextPage={props.hasNextPage} total={props.total} onPage={props.onPageChange} />
    </Box>
  );
}

/** Stands in for rows not drawn (above or below the view). */
function Spacer({ rows, height, span }: { rows: number; height: number; span: number }) {
  return rows > 0 ? <tr aria-hidden="true" style={{ height: rows * height }}><td colSpan={span} style={{ padding: 0, border: 0 }} /></tr> : null;
}

/** A fixed width, or a share of the free width by flex (percentages of the table, which fixed widths do not count). */
function colStyle<R>(c: GridColumn<R>, all: GridColumn<R>[]) {
  if (c.width !== undefined) return { width: c.width };
  const flex = all.reduce((s, x) => s + (x.width === undefined ? x.flex ?? 1 : 0), 0);
  return { width: `${(100 * (c.flex ?? 1)) / flex}%`, minWidth: c.minWidth, maxWidth: c.maxWidth };
}

interface RowProps<R extends Row> {
  id: string;
  row: R;
  columns: GridColumn<R>[];
  selected: boolean | undefined;
  onToggle: (id: string, on: boolean) => void;
}

function TableRowImpl<R extends Row>({ id, row, columns, selected, onToggle }: RowProps<R>) {
  return (
    <tr role="row" aria-selected={selected}>
      {selected !== undefined && (
        <td role="gridcell" className="grid-check">
          <input type="checkbox" aria-label={t('Select row')} checked={selected} onChange={(e) => onToggle(id, e.target.checked)} />
        </td>
      )}
      {columns.map((c) => {
        const value = cellValue(c, row);
        if (c.renderCell) return <td key={c.field} role="gridcell" data-field={c.field}>{c.renderCell({ row, value, field: c.field })}</td>;
        return <td key={c.field} role="gridcell" data-field={c.field} title={text(value)}>{text(value)}</td>;
      })}
    </tr>
  );
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

// A row renders again only when what it shows changes (its object, the columns, its selection).
const TableRow = memo(TableRowImpl, (a, b) => a.row === b.row && a.columns === b.columns && a.selected === b.selected && a.id === b.id && a.onToggle === b.onToggle) as typeof TableRowImpl;
