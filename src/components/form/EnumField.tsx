// An enumerated element: the values the engine lists in /capabilities for the object's compatibility version
// (guide chapter 6), or the table's fixed list. A native select: keyboard- and screen-reader-friendly.
import TextField from '@mui/material/TextField';
import { enumOptions, useCapabilities, type EnumOption } from '../../query/capabilities';
import type { ElementDef } from '../../schema';
import { asText, fieldId, type FieldProps } from './fieldProps';
import { t, tSchema } from '../../i18n';

export function useEnumOptions(el: ElementDef, compat: FieldProps['compat']): EnumOption[] {
  const caps = useCapabilities();
  const src = el.enumSource;
  if (!src) return [];
  if (typeof src !== 'string') return src.map((v) => ({ value: v, label: v }));
  return enumOptions(caps.data, src, compat);
}

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
