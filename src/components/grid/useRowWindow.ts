// Which rows of a page a DataTable draws: those in view and a margin around them, with spacers standing in
// for the rest, so a page of 100 rows costs what the ~20 on screen cost (issue 12). Rows are one height,
// measured from the first drawn row. Focus moving past the drawn rows scrolls, which draws the next ones.
// Tests without a layout engine (jsdom) draw every row.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { ROW_HEIGHT } from './tableStyles';

const MARGIN_ROWS = 8;
const WINDOWED = import.meta.env.MODE !== 'test';

export interface RowWindow { first: number; last: number; rowHeight: number }

export function useRowWindow(scroller: RefObject<HTMLElement | null>, count: number): RowWindow {
  const [view, setView] = useState({ top: 0, height: typeof window === 'undefined' ? 900 : window.innerHeight });
  const rowHeight = useRef(ROW_HEIGHT + 1);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !WINDOWED) return;
    const measure = () => {
      const row = el.querySelector<HTMLElement>('tbody tr[role="row"]');
      if (row?.offsetHeight) rowHeight.current = row.offsetHeight;
      setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => { el.removeEventListener('scroll', measure); observer.disconnect(); };
  }, [scroller]);
  if (!WINDOWED) return { first: 0, last: count, rowHeight: rowHeight.current };
  const h = rowHeight.current;
  const first = Math.max(0, Math.floor(view.top / h) - MARGIN_ROWS);
  const last = Math.min(count, Math.ceil((view.top + view.height) / h) + MARGIN_ROWS);
  return { first, last, rowHeight: h };
}
