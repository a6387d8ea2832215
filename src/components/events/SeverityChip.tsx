// An event's severity as a chip that always carries its word (guide 25.1: normal, warning, error, alert).
import Chip from '@mui/material/Chip';
import { humanize } from '../format';

const COLORS: Record<string, 'default' | 'warning' | 'error'> = { normal: 'default', warning: 'warning', error: 'error', alert: 'error' };

export default function SeverityChip({ severity }: { severity: unknown }) {
  const s = String(severity ?? '').toLowerCase();
  if (!s) return null;
  return <Chip size="small" label={humanize(s)} color={COLORS[s] ?? 'default'} variant={s === 'alert' ? 'filled' : 'outlined'} />;
}
