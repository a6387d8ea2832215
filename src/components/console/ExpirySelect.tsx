import MenuItem from '@mui/material/MenuItem';
import { t } from '../../i18n';
import TextField from '@mui/material/TextField';
import { EXPIRY_CHOICES } from './ticket';

export default function ExpirySelect({ value, onChange, disabled, label = 'Ticket valid for' }: { value: number; onChange: (s: number) => void; disabled?: boolean; label?: string }) {
  return (
    <TextField select size="small" label={label} value={value} disabled={disabled} sx={{ minWidth: 160 }}
      onChange={(e) => onChange(Number(e.target.value))}>
      {EXPIRY_CHOICES.map((c) => <MenuItem key={c.seconds} value={c.seconds}>{t(c.label)}</MenuItem>)}
    </TextField>
  );
}
