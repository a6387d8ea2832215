// Styles of the small pieces that lists repeat on every row (status chips, name links, usage bars), once
// for the whole page instead of a styled component per row (issue 12). They follow the colour scheme: the
// theme passed here is the scheme's. Chips are drawn like MUI's small Chip, bars like its LinearProgress.
import { alpha, type Theme } from '@mui/material/styles';

const CHIP_COLOURS = ['success', 'error', 'warning', 'info'] as const;

export const sharedStyles = (theme: Theme) => ({
  '.status-chip': {
    display: 'inline-flex', alignItems: 'center', height: 24, padding: '0 8px', borderRadius: 16, whiteSpace: 'nowrap',
    fontSize: theme.typography.pxToRem(13), fontFamily: theme.typography.fontFamily, lineHeight: 1.5, verticalAlign: 'middle',
    boxSizing: 'border-box',
  },
  ...Object.fromEntries(CHIP_COLOURS.map((c) => [`.status-chip.status-${c}`, { backgroundColor: theme.palette[c].main, color: theme.palette[c].contrastText }])),
  '.status-chip.status-default': {
    border: `1px solid ${theme.palette.mode === 'light' ? theme.palette.grey[400] : theme.palette.grey[700]}`, color: theme.palette.text.primary, padding: '0 7px',
  },
  '.row-link': {
    color: theme.palette.primary.main, textDecoration: 'none',
    '&:hover': { textDecoration: 'underline' },
  },
  '.row-menu-button': {
    all: 'unset', display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: 30, height: 30, borderRadius: '50%',
    cursor: 'pointer', color: theme.palette.action.active, verticalAlign: 'middle',
    '& svg': { width: 20, height: 20, fill: 'currentColor' },
    '&:hover': { backgroundColor: theme.palette.action.hover },
    '&:focus-visible': { outline: '2px solid currentColor', outlineOffset: 2 },
  },
  '.usage-bar': { display: 'flex', alignItems: 'center', gap: theme.spacing(1), width: '100%' },
  '.usage-track': {
    flexGrow: 1, height: 6, borderRadius: 3, overflow: 'hidden', position: 'relative',
    '& > span': { display: 'block', height: '100%', borderRadius: 3 },
  },
  ...Object.fromEntries((['primary', 'warning', 'error'] as const).map((c) => [`.usage-${c}`, {
    backgroundColor: alpha(theme.palette[c].main, theme.palette.mode === 'light' ? 0.3 : 0.4),
    '& > span': { backgroundColor: theme.palette[c].main },
  }])),
  '.usage-value': { minWidth: 40, textAlign: 'right', ...theme.typography.body2 },
  '.usage-none': { ...theme.typography.body2, color: theme.palette.text.secondary },
});
