// "Type <name> to confirm": what cannot be undone (removals, forced operations) waits for the exact name.
import TextField from '@mui/material/TextField';
import { t } from '../../i18n';

interface Props { name: string; typed: string; onChange: (typed: string) => void; disabled?: boolean; autoFocus?: boolean }

export default function TypeNameField({ name, typed, onChange, disabled, autoFocus }: Props) {
  const wrong = typed !== '' && typed !== name;
  return (
    <TextField size="small" fullWidth autoFocus={autoFocus} label={t('Type {{name}} to confirm', { name })} value={typed} disabled={disabled}
      autoComplete="off" onChange={(e) => onChange(e.target.value)} error={wrong} helperText={wrong ? t('The name does not match') : undefined} />
  );
}
