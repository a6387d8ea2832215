// The look of a DataTable, in one style object for the whole table: cells are plain elements styled from
// here (no styled component per cell, which is what made a page of rows slow to render; issue 12).
import { alpha, type Theme } from '@mui/material/styles';

export const ROW_HEIGHT = 36;

export const tableSx = (theme: Theme) => ({
  height: 'calc(100vh - 230px)', minHeight: 320, width: '100%', display: 'flex', flexDirection: 'column' as const,
  border: `1px solid ${theme.palette.divider}`, borderRadius: 1, position: 'relative' as const, bgcolor: 'background.paper',
  colorScheme: theme.palette.mode, // native checkboxes follow the scheme
  '& .grid-scroller': { flex: 1, overflow: 'auto', position: 'relative' },
  '& table': { width: '100%', borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', ...theme.typography.body2 },
  '& th, & td': { padding: '0 10px', textAlign: 'left', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', borderBottom: `1px solid ${theme.palette.divider}` },
  '& th': { position: 'sticky', top: 0, zIndex: 1, height: 40, fontWeight: 500, bgcolor: 'background.paper' },
  '& td': { height: ROW_HEIGHT },
  '& tbody tr:hover td': { bgcolor: 'action.hover' },
  '& tbody tr[aria-selected="true"] td': { bgcolor: alpha(theme.palette.primary.main, 0.12) },
  '& .grid-check': { width: 50, padding: '0 12px' },
  '& input[type="checkbox"]': { width: 18, height: 18, margin: 0, verticalAlign: 'middle', accentColor: theme.palette.primary.main, cursor: 'pointer' },
  '& .grid-sort': {
    all: 'unset', cursor: 'pointer', display: 'inline-flex', alignItems: 'center', gap: '4px', maxWidth: '100%', fontWeight: 500,
    '& svg': { width: 18, height: 18, fill: 'currentColor', opacity: 0, flex: 'none' },
    '&:hover svg, &[data-sorted] svg': { opacity: 1 },
    '&:focus-visible': { outline: '2px solid currentColor', outlineOffset: 2 },
  },
  '& .grid-sort span': { overflow: 'hidden', textOverflow: 'ellipsis' },
  '& .grid-empty': { height: 120, textAlign: 'center', color: 'text.secondary' },
  '& .grid-loading': { position: 'absolute', top: 0, left: 0, right: 0, zIndex: 2 },
  '& .grid-footer': {
    display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1, minHeight: 52, px: 1,
    borderTop: `1px solid ${theme.palette.divider}`, ...theme.typography.body2,
  },
});
