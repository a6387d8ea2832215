// User name, domain and password; the engine's answer shows inside the form, and what was typed stays.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent, type ReactNode } from 'react';
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
        <TextField label="User name" name="user" autoComplete="username" value={user} onChange={(e) => setUser(e.target.value)} autoFocus slotProps={{ htmlInput: { 'aria-required': true } }} />
        <TextField label="Domain" name="domain" value={domain} onChange={(e) => setDomain(e.target.value)} slotProps={{ htmlInput: { 'aria-required': true } }} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
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
