// One input for one action parameter, by element type: text, number, checkbox, a pick of enumerated values (the
// engine's /capabilities list for the resource's compatibility version, or a fixed list), or a reference chosen
// by name from the live collection (the value sent is the id).
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { allQuery } from '../../query';
import type { Compat } from '../../query/capabilities';
import type { ElementDef, FormValue } from '../../schema';
import { humanize } from '../format';
import { useEnumOptions } from '../form/useEnumOptions';
import { t, tSchema } from '../../i18n';

export interface ParamFieldProps {
  def: ElementDef;
  value: FormValue;
  onChange: (v: FormValue) => void;
  disabled?: boolean;
  /** The compatibility version whose capabilities values an enumerated parameter offers. */
  compat?: Compat;
}

function RefField({ def, value, onChange, disabled }: ParamFieldProps) {
  const list = useQuery({ ...allQuery(def.ref ?? ''), enabled: !!def.ref });
  const items = list.data ?? [];
  return (
    <TextField select fullWidth size="small" label={tSchema(def.label)} required={def.required} disabled={disabled}
      value={items.some((i) => i.id === value) ? String(value) : ''} onChange={(e) => onChange(e.target.value)}
      helperText={list.isPending ? t('Loading…') : list.error ? t('Could not list {{ref}}', { ref: def.ref }) : tSchema(def.help)}>
      {!def.required ? <MenuItem value=""><em>{t('None')}</em></MenuItem> : null}
      {items.map((i) => <MenuItem key={String(i.id)} value={String(i.id)}>{String(i.name ?? i.id)}</MenuItem>)}
    </TextField>
  );
}

function EnumParamField({ def, value, onChange, disabled, compat }: ParamFieldProps) {
  const options = useEnumOptions(def, compat);
  return (
    <TextField select fullWidth size="small" label={tSchema(def.label)} required={def.required} disabled={disabled}
      value={options.some((o) => o.value === value) ? String(value) : ''} onChange={(e) => onChange(e.target.value)} helperText={tSchema(def.help)}>
      {!def.required ? <MenuItem value=""><em>{t('Default')}</em></MenuItem> : null}
      {options.map((o) => <MenuItem key={o.value} value={o.value}>{humanize(o.label)}</MenuItem>)}
    </TextField>
  );
}

export default function ParamField(props: ParamFieldProps) {
  const { def, value, onChange, disabled } = props;
  if (def.type === 'ref') return <RefField {...props} />;
  if (def.type === 'boolean') {
    return (
      <FormControlLabel label={tSchema(def.label)} disabled={disabled}
        control={<Checkbox checked={value === true} onChange={(e) => onChange(e.target.checked)} />} />
    );
  }
  if (def.type === 'enum') return <EnumParamField {...props} />;
  const numeric = def.type === 'int' || def.type === 'bytes';
  return (
    <TextField fullWidth size="small" label={def.unit && def.type === 'bytes' ? `${tSchema(def.label)} (${def.unit})` : tSchema(def.label)}
      required={def.required} disabled={disabled} type={def.type === 'password' ? 'password' : numeric ? 'number' : 'text'}
      multiline={def.type === 'text'} value={value === undefined ? '' : String(value)}
      onChange={(e) => onChange(e.target.value)} helperText={tSchema(def.help)} autoComplete="off" />
  );
}
