// The app bar's refresh controls: the list refresh interval (refresh.ts) and when data last came in.
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { REFRESH_CHOICES, useLastUpdate, useRefreshChoice, type RefreshChoice } from '../../query';
import { t } from '../../i18n';

const label = (c: number) => (c === 0 ? 'Off' : `${c / 1000} s`);

export default function RefreshControl() {
  const [choice, choose] = useRefreshChoice();
  const updated = useLastUpdate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mr: 2 }}>
      <Typography variant="body2" aria-live="off" aria-label={t('Last update')} sx={{ whiteSpace: 'nowrap' }}>
        {updated ? t('Updated {{value}}', { value: new Date(updated).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }) }) : t('Not updated yet')}
      </Typography>
      <Select
        size="small"
        variant="standard"
        value={choice}
        onChange={(e) => choose(Number(e.target.value) as RefreshChoice)}
        inputProps={{ 'aria-label': t('Refresh interval') }}
        sx={{ color: 'inherit', '& .MuiSelect-icon': { color: 'inherit' }, '&:before': { borderColor: 'rgba(255,255,255,0.5)' } }}
      >
        {REFRESH_CHOICES.map((c) => <MenuItem key={c} value={c}>{label(c)}</MenuItem>)}
      </Select>
    </Stack>
  );
}
