// The header row of a DataTable: a select-all checkbox when rows are selectable, and each column's name;
// a sortable column's name is a button that cycles ascending, descending, unsorted (aria-sort says which).
import { t } from '../../i18n';
import type { GridColumn, SortState } from './types';

const ARROW_UP = 'M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z';
const ARROW_DOWN = 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z';
const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

interface Props<R> {
  columns: GridColumn<R>[];
  sort: SortState | undefined;
  onSort: (field: string) => void;
  /** Select-all state when rows are selectable. */
  selectAll?: { checked: boolean; indeterminate: boolean; onChange: (checked: boolean) => void };
}

export default function TableHead<R>({ columns, sort, onSort, selectAll }: Props<R>) {
  return (
    <thead>
      <tr role="row">
        {selectAll && (
          <th role="columnheader" className="grid-check">
            <input type="checkbox" aria-label={t('Select all rows')} checked={selectAll.checked}
              ref={(el) => { if (el) el.indeterminate = selectAll.indeterminate; }}
              onChange={(e) => selectAll.onChange(e.target.checked)} />
          </th>
        )}
        {columns.map((c) => {
          const sorted = sort?.field === c.field ? sort.sort : undefined;
          return (
            <th key={c.field} role="columnheader" aria-sort={sorted ? ARIA_SORT[sorted] : c.sortable ? 'none' : undefined}>
              {c.sortable ? (
                <button type="button" className="grid-sort" data-sorted={sorted} onClick={() => onSort(c.field)}>
                  <span>{c.headerName ?? c.field}</span>
                  <svg viewBox="0 0 24 24" aria-hidden="true"><path d={sorted === 'desc' ? ARROW_DOWN : ARROW_UP} /></svg>
                </button>
              ) : c.headerName ?? c.field}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
