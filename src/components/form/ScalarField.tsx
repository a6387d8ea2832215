// Text, numbers (sizes typed in MiB/GiB, sent in bytes by schema/body.ts), passwords, booleans and dates.
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { displayUnit } from '../../schema';
import { asText, fieldId, type FieldProps } from './fieldProps';
import { tSchema } from '../../i18n';

const UNIT_TEXT: Record<string, string> = { percent: '%', seconds: 's', milliseconds: 'ms', minutes: 'min', deciseconds: 'ds' };

export function BooleanField({ el, value, onChange, disabled, error }: FieldProps) {
  const id = fieldId(el.path);
  return (
    <FormControl error={!!error} disabled={disabled} fullWidth>
      <FormControlLabel
        control={<Checkbox id={id} checked={value === true || value === 'true'} onChange={(e) => onChange(e.target.checked)}
          slotProps={{ input: { 'aria-describedby': `${id}-help` } }} />}
        label={tSchema(el.label)}
      />
      <FormHelperText id={`${id}-help`} sx={{ mt: -0.5 }}>{error ?? tSchema(el.help)}</FormHelperText>
    </FormControl>
  );
}

export default function ScalarField({ el, value, onChange, required, disabled, error }: FieldProps) {
  const numeric = el.type === 'int' || el.type === 'bytes';
  const unit = el.type === 'bytes' ? displayUnit(el) : el.unit ? UNIT_TEXT[el.unit] ?? el.unit : undefined;
  return (
    <TextField
      id={fieldId(el.path)}
      label={tSchema(el.label)}
      type={el.type === 'password' ? 'password' : 'text'}
      value={asText(value)}
      onChange={(e) => onChange(e.target.value)}
      required={required}
      disabled={disabled}
      error={!!error}
      helperText={error ?? tSchema(el.help)}
      multiline={el.type === 'text'}
      minRows={el.type === 'text' ? 2 : undefined}
      fullWidth
      size="small"
      autoComplete={el.type === 'password' ? 'new-password' : 'off'}
      slotProps={{
        htmlInput: numeric ? { inputMode: el.type === 'int' && (el.min ?? 0) < 0 ? 'text' : 'decimal' } : undefined,
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined,
      }}
    />
  );
}
