// The create form (VM preset): start now or at a date and time, validity 1-72 hours, description, and the
// user's password, which the server checks against the engine and keeps sealed until the request ends.
// Faults appear next to the input they concern; what the user typed stays.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import ErrorAlert from '../../components/ErrorAlert';
import { useCreateRequest } from './queries';
import { RequestError } from './requestsApi';
import { t } from '../../i18n';

const MIN = 1;
const MAX = 72;

/** `2026-03-01T09:30` in the browser's zone, as a datetime-local input wants it. */
function localInput(t: number): string {
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

function checkLocally(start: string, at: string, hours: string, description: string, password: string): Record<string, string> {
  const e: Record<string, string> = {};
  if (start === 'at' && (!at || Number.isNaN(new Date(at).getTime()))) e.from_date = 'Choose the date and time.';
  const h = Number(hours);
  if (!/^\d+$/.test(hours.trim()) || h < MIN || h > MAX) e.valid_for = `Validity must be between ${MIN} and ${MAX} hours.`;
  if (!description.trim()) e.description = 'Say what the snapshot is for.';
  if (!password) e.password = 'Enter your password.';
  return e;
}

/** `engineNow`: the engine's clock (it may run faster than the wall clock on the demo engine). */
export default function RequestForm({ vmId, vmName, engineNow }: { vmId: string; vmName: string; engineNow?: string }) {
  const create = useCreateRequest();
  const [start, setStart] = useState<'now' | 'at'>('now');
  // Until the user picks a time, propose one hour from the engine's now (known once the list has loaded).
  const [picked, setAt] = useState<string | undefined>();
  const at = picked ?? localInput((engineNow ? Date.parse(engineNow) : Date.now()) + 3_600_000);
  const [hours, setHours] = useState('12');
  const [description, setDescription] = useState('');
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = create.error instanceof RequestError ? create.error.fields : {};
  const fieldError = (f: string) => local[f] ?? server[f];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = checkLocally(start, at, hours, description, password);
    setLocal(errors);
    if (Object.keys(errors).length) return;
    create.mutate(
      { vm_id: vmId, from_date: start === 'now' ? 'now' : new Date(at).toISOString(), valid_for: Number(hours), description: description.trim(), password },
      { onSuccess: () => { setPassword(''); setDescription(''); } },
    );
  };
  const otherError = create.error && !(create.error instanceof RequestError && Object.keys(create.error.fields).length) ? create.error : undefined;

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label={t('Request a snapshot of {{vmName}}', { vmName })} sx={{ maxWidth: 560 }}>
      {server.vm_id ? <Alert severity="error">{server.vm_id}</Alert> : null}
      {otherError ? <ErrorAlert error={otherError} /> : null}
      {create.isSuccess ? <Alert severity="success">{t('Request SR-{{id}} submitted: {{message}}.', { id: create.data.data.id, message: create.data.data.message })}</Alert> : null}
      <div>
        <FormLabel id="sr-start-label">{t('Start')}</FormLabel>
        <RadioGroup row aria-labelledby="sr-start-label" value={start} onChange={(_e, v) => setStart(v as 'now' | 'at')}>
          <FormControlLabel value="now" control={<Radio />} label={t('Now')} />
          <FormControlLabel value="at" control={<Radio />} label={t('At a date and time')} />
        </RadioGroup>
        {start === 'at' ? (
          <TextField type="datetime-local" label={t('Start date and time')} value={at} onChange={(e) => setAt(e.target.value)}
            error={!!fieldError('from_date')} helperText={fieldError('from_date') ?? t('On the engine’s clock, in your time zone.')}
            slotProps={{ inputLabel: { shrink: true } }} fullWidth />
        ) : fieldError('from_date') ? <Alert severity="error">{fieldError('from_date')}</Alert> : null}
      </div>
      <TextField label={t('Valid for (hours)')} type="number" value={hours} onChange={(e) => setHours(e.target.value)}
        error={!!fieldError('valid_for')} helperText={fieldError('valid_for') ?? t('The snapshot is deleted this long after it is taken ({{MIN}}-{{MAX}}).', { MIN, MAX })}
        slotProps={{ htmlInput: { min: MIN, max: MAX, step: 1 } }} />
      <TextField label={t('Description')} value={description} onChange={(e) => setDescription(e.target.value)}
        error={!!fieldError('description')} helperText={fieldError('description') ?? t('For example: before upgrading the database.')} />
      <TextField label={t('Your password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)}
        error={!!fieldError('password')}
        helperText={fieldError('password') ?? t('The portal acts as you on the engine when the time comes; your password is kept encrypted until the request ends.')} />
      <div><Button type="submit" variant="contained" disabled={create.isPending}>{t('Request snapshot')}</Button></div>
    </Stack>
  );
}
