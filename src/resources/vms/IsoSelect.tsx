import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useIsoFiles } from './useIsoFiles';
import { t } from '../../i18n';

/** An ISO file of the ISO domain, by id ('' = none). */
export default function IsoSelect({ value, onChange, label = 'CD image', disabled, noneLabel = 'None' }:
  { value: string; onChange: (id: string) => void; label?: string; disabled?: boolean; noneLabel?: string }) {
  const { files, pending, error } = useIsoFiles();
  return (
    <TextField select fullWidth size="small" label={label} value={files.some((f) => f.id === value) ? value : ''} disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
      helperText={pending ? t('Loading the ISO domain…') : error ? t('The ISO domain could not be listed') : files.length ? undefined : t('The ISO domain has no files')}>
      <MenuItem value=""><em>{noneLabel}</em></MenuItem>
      {files.map((f) => <MenuItem key={String(f.id)} value={String(f.id)}>{String(f.name ?? f.id)}</MenuItem>)}
    </TextField>
  );
}
