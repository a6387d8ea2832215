// Adds a custom event (guide 25.4.3): description, severity, origin and custom_id are required; the
// engine refuses a second event with the same origin and custom id, and that fault shows here, next to
// what the user typed.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { errorText } from '../../components/ErrorAlert';
import { runTask, taskStore } from '../../tasks';
import { SEVERITIES } from './severities';
import { t } from '../../i18n';

interface Draft { description: string; severity: string; origin: string; customId: string }
const EMPTY: Draft = { description: '', severity: 'normal', origin: 'portal', customId: '' };

export default function AddEventDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [fault, setFault] = useState<{ reason: string; detail: string }>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const idValid = /^-?\d+$/.test(draft.customId.trim());
  const close = () => {
    setFault(undefined);
    onClose();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFault(undefined);
    try {
      const task = await runTask({
        label: t('Add event "{{value}}"', { value: draft.description.slice(0, 40) }),
        method: 'POST',
        path: '/events',
        body: { root: 'event', value: { description: draft.description, severity: draft.severity, origin: draft.origin, custom_id: Number(draft.customId) } },
        target: { collection: 'events' },
      });
      if ((await task.done) === 'failed') {
        setFault(taskStore.get(task.id)?.error ?? { reason: t('Failed'), detail: '' });
        return;
      }
      setDraft(EMPTY);
      close();
    } catch (err) {
      setFault(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={close} aria-labelledby="add-event-title" fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="add-event-title">{t('Add event')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {fault ? (
              <Alert severity="error" role="alert">
                <AlertTitle>{fault.reason}</AlertTitle>
                {fault.detail}
              </Alert>
            ) : null}
            <TextField label={t('Description')} value={draft.description} onChange={set('description')} required multiline minRows={2} autoFocus />
            <TextField select label={t('Severity')} value={draft.severity} onChange={set('severity')} required>
              {SEVERITIES.map((s) => <MenuItem key={s} value={s}>{s}</MenuItem>)}
            </TextField>
            <TextField label={t('Origin')} value={draft.origin} onChange={set('origin')} required helperText={t('Who reports the event, e.g. a monitoring system.')} />
            <TextField label={t('Custom ID')} value={draft.customId} onChange={set('customId')} required
              error={draft.customId !== '' && !idValid} helperText={t('A number unique for this origin.')} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('Cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy || !draft.description.trim() || !draft.origin.trim() || !idValid}>{t('Add')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
