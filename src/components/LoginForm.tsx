// User name, domain and password; the engine's answer shows inside the form, and what was typed stays.
// `admin@internal` in the user name carries its domain: the domain field follows it (read-only while it does).
// A v3 engine answers `GET /domains` only to a logged-in user (guide 2.2: credentials with every request), and
// names authorization domains there (`internal-authz`), not login profiles, so the domain is free text
// (default `internal`), with the domains that logged in before in this browser offered as suggestions.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput, { type OutlinedInputProps } from '@mui/material/OutlinedInput';
import Stack from '@mui/material/Stack';
import FormHelperText from '@mui/material/FormHelperText';
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

/**
 * An outlined text field like MUI's TextField, without what TextField always imports for its `select`
 * mode (Select, Menu, Popover, Modal): the login page is the first thing loaded (issue 12).
 */
function Field({ label, helperText, ...input }: { label: string; helperText?: string } & OutlinedInputProps) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <FormControl variant="outlined" fullWidth>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput id={id} label={label} aria-describedby={helperText ? helpId : undefined} {...input} />
      {helperText ? <FormHelperText id={helpId}>{helperText}</FormHelperText> : null}
    </FormControl>
  );
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
        <Field label={t('User name')} name="user" autoComplete="username" value={user} onChange={(e) => setUser(e.target.value)} autoFocus
          helperText={t('admin, or admin@internal')} inputProps={{ 'aria-required': true }} />
        <Field label={t('Domain')} name="domain" value={fromUser ? who.domain : typedDomain} onChange={(e) => setDomain(e.target.value)}
          helperText={fromUser ? t('Taken from the user name') : undefined}
          inputProps={{ 'aria-required': true, readOnly: fromUser, list: listId }} />
        <datalist id={listId}>{knownDomains().map((d) => <option key={d} value={d} />)}</datalist>
        <Field label={t('Password')} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
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
