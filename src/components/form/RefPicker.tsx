// A reference (cluster, template, host, storage domain, network, ...) picked from the live collection: the
// engine searches as the user types (guide 7.3.7 `name=abc*`); collections without search are read whole.
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { term } from '../../api';
import { allQuery, detailQuery, entryPointQuery, listQuery, subQuery } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { asText, fieldId, type FieldProps } from './fieldProps';
import { t, tSchema } from '../../i18n';

interface Option { id: string; label: string }

/** Disks are searched by alias (guide 15.6.1.2: "Search queries for virtual disks … require alias"). */
const NAME_FIELD: Record<string, string> = { disks: 'alias' };

export function labelOf(item: XmlObject): string {
  const name = item.name ?? item.alias ?? item.user_name ?? item.description;
  const date = typeof item.date === 'string' ? ` (${item.date.slice(0, 16).replace('T', ' ')})` : '';
  return `${typeof name === 'string' && name ? name : String(item.id)}${date}`;
}

function useDebounced(value: string, ms: number): string {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

function useOptions(collection: string, input: string, source: FieldProps['refSource'], open: boolean): { options: Option[]; loading: boolean; known: boolean } {
  const ep = useQuery(entryPointQuery());
  const searchable = !source && !!ep.data?.searches[collection];
  const known = !!source || !!ep.data?.collections[collection];
  const text = useDebounced(input.trim(), 250);
  const field = NAME_FIELD[collection] ?? 'name';
  const search = useQuery({ ...listQuery(collection, { criteria: text ? term(field, `${text.replace(/\*$/, '')}*`) : '', page: 1 }), enabled: searchable && open });
  const all = useQuery({ ...allQuery(collection), enabled: open && known && !source && !searchable && !!ep.data });
  const sub = useQuery({ ...subQuery(source?.collection ?? '', source?.id ?? '', source?.sub ?? ''), enabled: open && !!source?.id });
  const items = source ? sub.data : searchable ? search.data?.items : all.data;
  const options = useMemo(() => {
    const list = (items ?? []).filter((i) => typeof i.id === 'string' && !source?.exclude?.(i)).map((i) => ({ id: String(i.id), label: labelOf(i) }));
    if (searchable || !text) return list;
    return list.filter((o) => o.label.toLowerCase().includes(text.toLowerCase()));
  }, [items, searchable, text]);
  return { options, loading: ep.isPending || search.isFetching || all.isFetching || sub.isFetching, known };
}

export default function RefPicker({ el, value, onChange, required, disabled, error, refSource }: FieldProps) {
  const collection = el.ref ?? '';
  const single = Array.isArray(value) ? asText(value[0] as string) : asText(value);
  const [input, setInput] = useState('');
  // What the user typed to search (not the label shown after picking); lists load once the picker opens.
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  // A picked value from a sub-collection needs its list for its label, so that list loads at once.
  const { options, loading, known } = useOptions(collection, query, refSource, open || !!query || (!!refSource && !!single));
  const waiting = refSource && !refSource.id && refSource.waitingFor ? `Choose the ${refSource.waitingFor} first.` : undefined;
  const ep = useQuery(entryPointQuery());
  const inOptions = options.find((o) => o.id === single);
  const detail = useQuery({ ...detailQuery(collection, single), enabled: !!single && !inOptions && !refSource && !!ep.data?.collections[collection] });
  const detailLabel = detail.data ? labelOf(detail.data) : undefined;
  // A stable object: Autocomplete resets its text whenever the value's identity changes.
  const selected = useMemo(() => (single ? inOptions ?? { id: single, label: detailLabel ?? single } : null), [single, inOptions, detailLabel]);
  const set = (id: string | undefined) => onChange(el.type === 'list' ? (id ? [id] : []) : id);

  if (!known && !ep.isPending) {
    // The engine has no top-level collection to pick from (e.g. quotas live under a data center): type the id.
    return (
      <TextField id={fieldId(el.path)} label={t('{{label}} (id)', { label: tSchema(el.label) })} value={single} onChange={(e) => set(e.target.value || undefined)}
        required={required} disabled={disabled} error={!!error} helperText={error ?? tSchema(el.help)} fullWidth size="small" />
    );
  }
  return (
    <Autocomplete
      id={fieldId(el.path)}
      options={selected && !inOptions ? [selected, ...options] : options}
      value={selected}
      onChange={(_e, o) => set(o?.id)}
      inputValue={input}
      onInputChange={(_e, v, reason) => {
        setInput(v);
        setQuery(reason === 'input' ? v : '');
      }}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionLabel={(o) => o.label}
      getOptionKey={(o) => o.id}
      filterOptions={(x) => x}
      loading={loading}
      disabled={disabled}
      size="small"
      fullWidth
      renderInput={(params) => (
        <TextField {...params} label={tSchema(el.label)} required={required} error={!!error} helperText={error ?? (waiting ? `${tSchema(el.help)} ${waiting}` : tSchema(el.help))}
          placeholder={selected ? undefined : waiting ? undefined : t('Type to search')} />
      )}
    />
  );
}
