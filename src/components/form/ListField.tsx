// Repeated elements: an ordered pick of values (boot devices, SSO methods) or rows of records (CPU
// pinning, custom properties, cloud-init NICs, fence options, MAC ranges).
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FormValue } from '../../schema';
import { useEnumOptions } from './useEnumOptions';
import { fieldId, type FieldProps } from './fieldProps';
import FieldInput from './FieldInput';
import { t, tSchema } from '../../i18n';

/** Values in order: the order is the meaning (boot sequence). */
export function ValueListField({ el, value, onChange, required, disabled, error, compat }: FieldProps) {
  const options = useEnumOptions(el, compat).map((o) => o.value);
  const current = Array.isArray(value) ? (value as string[]) : [];
  return (
    <Autocomplete
      multiple
      freeSolo={!el.enumSource}
      id={fieldId(el.path)}
      options={options}
      value={current}
      onChange={(_e, v) => onChange(v as string[])}
      disabled={disabled}
      size="small"
      fullWidth
      filterSelectedOptions
      renderInput={(params) => <TextField {...params} label={tSchema(el.label)} required={required} error={!!error} helperText={error ?? tSchema(el.help)} />}
    />
  );
}

type Row = Record<string, FormValue>;

export function RecordListField({ el, value, onChange, disabled, error, rowErrors = {}, compat }: FieldProps) {
  const rows = Array.isArray(value) ? (value as Row[]) : [];
  const set = (next: Row[]) => onChange(next as Record<string, unknown>[]);
  const of = el.of ?? [];
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: error ? 'error.main' : 'divider', borderRadius: 1, px: 1.5, pb: 1, m: 0 }}>
      <Typography component="legend" variant="body2" sx={{ px: 0.5 }}>{tSchema(el.label)}</Typography>
      <Stack spacing={1}>
        {rows.map((row, i) => (
          <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} role="group" aria-label={`${tSchema(el.label)} ${i + 1}`}>
            {of.map((sub) => (
              <Box key={sub.path} sx={{ flex: 1, minWidth: 120 }}>
                <FieldInput
                  el={{ ...sub, path: `${el.path}[${i}].${sub.path}`, help: '' }}
                  value={row[sub.path]}
                  onChange={(v) => set(rows.map((r, j) => (j === i ? { ...r, [sub.path]: v } : r)))}
                  required={!!sub.required}
                  disabled={disabled}
                  error={rowErrors[`${i}.${sub.path}`]}
                  compat={compat}
                />
              </Box>
            ))}
            <IconButton aria-label={t('Remove {{label}} {{value}}', { label: tSchema(el.label), value: i + 1 })} disabled={disabled} onClick={() => set(rows.filter((_r, j) => j !== i))}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
        <Box>
          <Button size="small" startIcon={<AddIcon />} disabled={disabled} onClick={() => set([...rows, {}])}>{t('Add {{value}}', { value: tSchema(el.label).toLowerCase() })}</Button>
        </Box>
      </Stack>
      <FormHelperText error={!!error}>{error ?? tSchema(el.help)}</FormHelperText>
    </Box>
  );
}
