// Arrow keys in a DataTable (the ARIA grid pattern, for what the rows hold): up and down move to the same
// column's control in the row above or below, left and right to the previous or next control in the row.
// Cells hold links, checkboxes and buttons; those are what take the focus, so Enter and Space act as usual.
import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled])';

function focusIn(cell: Element | null | undefined, last = false): boolean {
  const all = cell ? [...cell.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
  const target = last ? all[all.length - 1] : all[0];
  target?.focus();
  return !!target;
}

export function onGridKeyDown(e: KeyboardEvent<HTMLElement>): void {
  if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
  const cell = (e.target as HTMLElement).closest('[role="gridcell"], [role="columnheader"]');
  const row = cell?.parentElement;
  if (!cell || !row) return;
  const cells = [...row.children];
  const col = cells.indexOf(cell);
  let moved = false;
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    const step = e.key === 'ArrowLeft' ? -1 : 1;
    for (let i = col + step; i >= 0 && i < cells.length && !moved; i += step) moved = focusIn(cells[i], step < 0);
  } else {
    const rows = [...(row.closest('[role="grid"]')?.querySelectorAll('[role="row"]') ?? [])];
    const step = e.key === 'ArrowUp' ? -1 : 1;
    for (let i = rows.indexOf(row) + step; i >= 0 && i < rows.length && !moved; i += step) moved = focusIn(rows[i].children[col]);
  }
  if (moved) e.preventDefault();
}
