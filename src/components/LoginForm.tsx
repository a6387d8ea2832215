// User name, domain and password; the engine's answer shows inside the form, and what was typed stays.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput, { type OutlinedInputProps } from '@mui/material/OutlinedInput';
import Stack from '@mui/material/Stack';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Login } from '../api';
import ErrorAlert from './ErrorAlert';

interface Props {
  onSubmit: (login: Login) => void;
  pending?: boolean;
  error?: unknown;
  initialUser?: string;
  initialDomain?: string;
  extraActions?: ReactNode;
}

/**
 * An outlined text field like MUI's TextField, without what TextField always imports for its `select`
 * mode (Select, Menu, Popover, Modal): the login page is the first thing loaded (issue 12).
 */
function Field({ label, ...input }: { label: string } & OutlinedInputProps) {
  const id = useId();
  return (
    <FormControl variant="outlined" fullWidth>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput id={id} label={label} {...input} />
    </FormControl>
  );
}

export default function LoginForm({ onSubmit, pending, error, initialUser = '', initialDomain = 'internal', extraActions }: Props) {
  const [user, setUser] = useState(initialUser);
  const [domain, setDomain] = useState(initialDomain);
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ user, domain, password });
  };

  return (
    <Box component="form" onSubmit={submit} aria-label="Log in" noValidate>
      <Stack spacing={2}>
        {error ? <ErrorAlert error={error} title={undefined} /> : null}
        <Field label="User name" name="user" autoComplete="username" value={user} onChange={(e) => setUser(e.target.value)} autoFocus inputProps={{ 'aria-required': true }} />
        <Field label="Domain" name="domain" value={domain} onChange={(e) => setDomain(e.target.value)} inputProps={{ 'aria-required': true }} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          {extraActions}
          <Button type="submit" variant="contained" disabled={pending || !user.trim() || !domain.trim()}>
            Log in
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
