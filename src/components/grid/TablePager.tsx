// The footer of a DataTable: which rows are on screen ("101–200 of more than 200" while the total is
// unknown, as with the engine's `page N` search) and the previous / next page buttons.
import IconButton from '@mui/material/IconButton';
import { t } from '../../i18n';

interface Props {
  page: number; // from 1
  pageSize: number;
  rowsOnPage: number;
  hasNextPage: boolean;
  /** The total when known (browser-side paging, or the last page reached). */
  total?: number;
  onPage: (page: number) => void;
}

const PREV = 'M15.41 16.09l-4.58-4.59 4.58-4.59L14 5.5l-6 6 6 6z';
const NEXT = 'M8.59 16.34l4.58-4.59-4.58-4.59L10 5.75l6 6-6 6z';

const icon = (d: string) => <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" style={{ fill: 'currentColor' }}><path d={d} /></svg>;

export default function TablePager({ page, pageSize, rowsOnPage, hasNextPage, total, onPage }: Props) {
  const from = rowsOnPage ? (page - 1) * pageSize + 1 : 0;
  const to = (page - 1) * pageSize + rowsOnPage;
  const of = total !== undefined ? String(total) : hasNextPage ? t('more than {{rows}}', { rows: to }) : String(to);
  return (
    <div className="grid-footer">
      <span>{t('{{from}}–{{to}} of {{of}}', { from, to, of })}</span>
      <IconButton size="small" aria-label={t('Go to previous page')} disabled={page <= 1} onClick={() => onPage(page - 1)}>{icon(PREV)}</IconButton>
      <IconButton size="small" aria-label={t('Go to next page')} disabled={!hasNextPage} onClick={() => onPage(page + 1)}>{icon(NEXT)}</IconButton>
    </div>
  );
}
