// A percentage as a thin bar with its number (the number carries the information, the colour helps).
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { t } from '../../i18n';

interface Props { label: string; value: number | undefined }

export default function UsageBar({ label, value }: Props) {
  if (value === undefined || !Number.isFinite(value)) return <Typography variant="body2" color="text.secondary" aria-label={t('{{label}}: not reported', { label })}>—</Typography>;
  const v = Math.max(0, Math.min(100, value));
  const color = v >= 90 ? 'error' : v >= 70 ? 'warning' : 'primary';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, width: '100%' }}>
      <LinearProgress variant="determinate" value={v} color={color} aria-label={label} sx={{ flexGrow: 1, height: 6, borderRadius: 3 }} />
      <Typography variant="body2" sx={{ minWidth: 40, textAlign: 'right' }}>{Math.round(v)}%</Typography>
    </Box>
  );
}
