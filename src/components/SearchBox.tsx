// A search box that takes the engine's search language as typed (guide 7.3.7). A `sortby` or `page`
// clause typed by the user is lifted into the sort and page controls.
import SearchIcon from '@mui/icons-material/Search';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useEffect, useState, type FormEvent } from 'react';
import { splitSearch, type SearchParts } from '../api';

interface Props { value: string; onSearch: (parts: SearchParts) => void; label?: string; placeholder?: string }

export default function SearchBox({ value, onSearch, label = 'Search', placeholder }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(splitSearch(text));
  };
  return (
    <form onSubmit={submit} role="search">
      <TextField
        fullWidth
        size="small"
        label={label}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton type="submit" aria-label="Run search" edge="end"><SearchIcon /></IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
    </form>
  );
}
