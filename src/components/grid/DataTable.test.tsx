// The table a list shows: sorting cycles, selection keeps rows of other pages and each row's own choice,
// the footer pages, and a collection sorted in the browser (ResourceTable's client side).
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ThemeProvider } from '@mui/material/styles';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { theme } from '../../app/theme';
import ResourceTable from '../ResourceTable';
import DataTable from './DataTable';
import type { GridColumn, SortState } from './types';

type Row = { id: string; name: string; size: number };
const rows: Row[] = [{ id: 'a', name: 'alpha', size: 10 }, { id: 'b', name: 'beta', size: 2 }, { id: 'c', name: 'gamma', size: 30 }];
const columns: GridColumn<Row>[] = [{ field: 'name', headerName: 'Name', sortable: true }, { field: 'size', headerName: 'Size', valueGetter: (v) => `${v} GiB` }];
const names = () => within(screen.getByRole('grid', { name: 'Things' })).getAllByRole('row').slice(1).map((r) => r.querySelector('[data-field="name"]')?.textContent);

function Selectable({ initial, onSort = () => {} }: { initial: string[]; onSort?: (s: SortState | undefined) => void }) {
  const [ids, setIds] = useState(new Set(initial));
  const [sort, setSort] = useState<SortState | undefined>();
  return (
    <>
      <output>{[...ids].sort().join(',')}</output>
      <DataTable label="Things" rows={rows} columns={columns} getRowId={(r) => r.id} sort={sort} onSortChange={(s) => { setSort(s); onSort(s); }}
        page={2} pageSize={3} hasNextPage onPageChange={() => {}} selection={{ ids, onChange: setIds }} />
    </>
  );
}

describe('DataTable', () => {
  it('shows each cell as text or what the column renders, and says when there is nothing', () => {
    const { rerender } = render(<DataTable label="Things" rows={rows} columns={columns} getRowId={(r) => r.id} onSortChange={() => {}} page={1} pageSize={3} hasNextPage={false} total={3} onPageChange={() => {}} />);
    expect(screen.getAllByRole('gridcell').map((c) => c.textContent)).toEqual(['alpha', '10 GiB', 'beta', '2 GiB', 'gamma', '30 GiB']);
    expect(screen.getByText('1–3 of 3')).toBeInTheDocument();
    rerender(<DataTable label="Things" rows={[]} columns={columns} getRowId={(r) => r.id} onSortChange={() => {}} page={1} pageSize={3} hasNextPage={false} total={0} onPageChange={() => {}} />);
    expect(screen.getByText('No rows')).toBeInTheDocument();
  });

  it('sorts a sortable header ascending, descending, then not at all; other headers do not sort', () => {
    const onSort = vi.fn();
    render(<Selectable initial={[]} onSort={onSort} />);
    const header = screen.getByRole('columnheader', { name: 'Name' });
    expect(header).toHaveAttribute('aria-sort', 'none');
    for (const expected of ['ascending', 'descending', 'none']) {
      fireEvent.click(within(header).getByRole('button'));
      expect(header).toHaveAttribute('aria-sort', expected);
    }
    expect(onSort.mock.calls.map(([s]) => s?.sort)).toEqual(['asc', 'desc', undefined]);
    expect(within(screen.getByRole('columnheader', { name: 'Size' })).queryByRole('button')).toBeNull();
  });

  it('keeps every row chosen one after another and the rows of other pages', () => {
    render(<Selectable initial={['z-other-page']} />);
    const boxes = screen.getAllByRole('checkbox', { name: 'Select row' });
    fireEvent.click(boxes[0]);
    fireEvent.click(boxes[2]);
    expect(screen.getByRole('status')).toHaveTextContent('a,c,z-other-page');
    const all = screen.getByRole('checkbox', { name: 'Select all rows' }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    fireEvent.click(all);
    expect(screen.getByRole('status')).toHaveTextContent('a,b,c,z-other-page');
    fireEvent.click(all);
    expect(screen.getByRole('status')).toHaveTextContent(/^z-other-page$/);
  });

  it('pages with the footer while the total is unknown', () => {
    const onPage = vi.fn();
    render(<DataTable label="Things" rows={rows} columns={columns} getRowId={(r) => r.id} onSortChange={() => {}} page={2} pageSize={3} hasNextPage onPageChange={onPage} />);
    expect(screen.getByText('4–6 of more than 6')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Go to previous page' }));
    expect(onPage.mock.calls).toEqual([[3], [1]]);
  });
});

describe('ResourceTable in the browser', () => {
  it('sorts by the shown text and pages what the engine cannot', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, name: `role-${(i * 3) % 5}` }));
    render(<ThemeProvider theme={theme}><ResourceTable label="Things" rows={many} columns={[{ field: 'name', headerName: 'Name' }]} params={{ criteria: '', sortBy: '', order: 'asc', page: 1 }}
      pageSize={2} hasNextPage={false} loading={false} onChange={() => {}} clientSide /></ThemeProvider>);
    fireEvent.click(within(screen.getByRole('columnheader', { name: 'Name' })).getByRole('button'));
    expect(names()).toEqual(['role-0', 'role-1']);
    fireEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(names()).toEqual(['role-2', 'role-3']);
    expect(screen.getByText('3–4 of 5')).toBeInTheDocument();
  });
});
