// An enumerated element as a native select (keyboard- and screen-reader-friendly) of the values useEnumOptions
// gives: the engine's /capabilities list for the object's compatibility version, or the table's fixed list.
import TextField from '@mui/material/TextField';
import { asText, fieldId, type FieldProps } from './fieldProps';
import { t, tSchema } from '../../i18n';
import { useEnumOptions } from './useEnumOptions';

export default function EnumField({ el, value, onChange, required, disabled, error, compat }: FieldProps) {
  const options = useEnumOptions(el, compat);
  const current = asText(value);
  // A value the engine holds but this version does not list (an older object) stays selectable.
  const all = current && !options.some((o) => o.value === current) ? [{ value: current, label: current }, ...options] : options;
  return (
    <TextField
      select
      id={fieldId(el.path)}
      label={tSchema(el.label)}
      value={current}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      required={required}
      disabled={disabled}
      error={!!error}
      helperText={error ?? tSchema(el.help)}
      fullWidth
      size="small"
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="">{required ? t('Choose…') : el.emptyLabel ?? t('(engine default)')}</option>
      {all.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </TextField>
  );
}
