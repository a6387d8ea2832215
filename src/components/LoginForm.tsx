// User name, domain and password; the engine's answer shows inside the form, and what was typed stays.
// `admin@internal` in the user name carries its domain: the domain field follows it (read-only while it does).
// A v3 engine answers `GET /domains` only to a logged-in user (guide 2.2: credentials with every request), and
// names authorization domains there (`internal-authz`), not login profiles, so the domain is free text
// (default `internal`), with the domains that logged in before in this browser offered as suggestions.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { loginName, type Login } from '../api';
import ErrorAlert from './ErrorAlert';
import { knownDomains } from './knownDomains';
import { t } from '../i18n';

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
  const [typedDomain, setDomain] = useState(initialDomain);
  const [password, setPassword] = useState('');
  const listId = useId();
  const who = loginName(user, typedDomain);
  const fromUser = user.includes('@');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ user: who.name, domain: who.domain, password });
  };

  return (
    <Box component="form" onSubmit={submit} aria-label={t('Log in')} noValidate>
      <Stack spacing={2}>
        {error ? <ErrorAlert error={error} title={undefined} /> : null}
        <TextField label={t('User name')} name="user" autoComplete="username" value={user} onChange={(e) => setUser(e.target.value)} autoFocus
          helperText={t('admin, or admin@internal')} slotProps={{ htmlInput: { 'aria-required': true } }} />
        <TextField label={t('Domain')} name="domain" value={fromUser ? who.domain : typedDomain} onChange={(e) => setDomain(e.target.value)}
          helperText={fromUser ? t('Taken from the user name') : undefined}
          slotProps={{ htmlInput: { 'aria-required': true, readOnly: fromUser, list: listId } }} />
        <datalist id={listId}>{knownDomains().map((d) => <option key={d} value={d} />)}</datalist>
        <TextField label={t('Password')} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          {extraActions}
          <Button type="submit" variant="contained" disabled={pending || !who.name || !who.domain}>
            {t('Log in')}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
