// The search bar: the engine's search language as typed (guide 7.3.7), with suggestions for fields, operators
// and known values (statuses from the enums, names of clusters/hosts/... from live lists) as you type.
// Enter or the search button runs it; a `sortby`/`page` clause typed by the user is lifted into the sort and
// page controls by the caller (splitSearch).
import SearchIcon from '@mui/icons-material/Search';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { splitSearch, type SearchParts } from '../../api';
import { allQuery } from '../../query';
import { searchFields, type SearchField } from '../../schema/search/fields';
import { suggest, type Suggestion } from './suggest';
import { t } from '../../i18n';

export interface SearchBarProps {
  value: string;
  onSearch: (parts: SearchParts) => void;
  /** The collection searched: its fields are suggested. Without it the bar takes text only. */
  segment?: string;
  label?: string;
  placeholder?: string;
}

/** The field whose value is being typed at the end of `text`, if any. */
function fieldBeingValued(text: string, fields: SearchField[]): SearchField | undefined {
  const m = /([\w.]+)(?:!=|>=|<=|=|>|<)[^\s]*$/.exec(text);
  return m ? fields.find((f) => f.name === m[1].toLowerCase()) : undefined;
}

export default function SearchBar({ value, onSearch, segment, label = 'Search', placeholder }: SearchBarProps) {
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  useEffect(() => setText(value), [value]);
  const fields = useMemo(() => (segment ? searchFields(segment) : []), [segment]);
  const valued = fieldBeingValued(text, fields);
  // Names are fetched only while the user types a value for a field that takes them.
  const names = useQuery({ ...allQuery(valued?.namesOf ?? 'none'), enabled: open && !!valued?.namesOf });
  const options = useMemo(
    () => suggest(text, fields, (f) => (f.values ?? (f.namesOf && f === valued ? (names.data ?? []).map((i) => String(i.name ?? '')).filter(Boolean) : []))),
    [text, fields, valued, names.data],
  );
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    setOpen(false);
    onSearch(splitSearch(text));
  };
  return (
    <Box component="form" onSubmit={submit} role="search" sx={{ flex: 1, minWidth: 280 }}>
      <Autocomplete<Suggestion, false, true, true>
        freeSolo
        disableClearable
        open={open && options.length > 0}
        onOpen={() => setOpen(true)}
        onClose={(_e, reason) => { if (reason !== 'selectOption') setOpen(false); }}
        options={options}
        filterOptions={(o) => o}
        inputValue={text}
        onInputChange={(_e, v, reason) => { if (reason !== 'reset') setText(v); }}
        value={text}
        onChange={(_e, v, reason) => { if (reason === 'selectOption' && v && typeof v !== 'string') { setText(v.value); setOpen(true); } }}
        getOptionLabel={(o) => (typeof o === 'string' ? o : o.value)}
        isOptionEqualToValue={(o, v) => (typeof v === 'string' ? o.value === v : o.value === v.value)}
        renderOption={({ key, ...props }, o) => (
          <li key={key} {...props}>
            <Box sx={{ display: 'flex', width: '100%', justifyContent: 'space-between', gap: 2 }}>
              <span>{o.label}</span>
              {o.hint ? <Typography variant="caption" color="text.secondary">{o.hint}</Typography> : null}
            </Box>
          </li>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            size="small"
            label={label}
            placeholder={placeholder}
            slotProps={{
              ...params.slotProps,
              input: {
                ...params.slotProps.input,
                endAdornment: (
                  <InputAdornment position="end">
                    <IconButton type="submit" aria-label={t('Run search')} edge="end"><SearchIcon /></IconButton>
                  </InputAdornment>
                ),
              },
            }}
          />
        )}
      />
    </Box>
  );
}
