// Asks before a row action runs (detach a storage domain, unassign a network): says what will happen and,
// for what is hard to undo, makes the user type the item's name. The action runs from the dialog, which
// stays open with the engine's fault inside it when the engine refuses.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useState, type FormEvent } from 'react';
import type { ActionOutcome } from '../actions';
import type { TaskRequest } from '../../tasks';
import ApiCallButton from '../apicall/ApiCallButton';
import ErrorAlert from '../ErrorAlert';
import TypeNameField from '../actions/TypeNameField';
import { t } from '../../i18n';

export interface ConfirmRowDialogProps {
  /** "Detach storage domain data1" — the dialog's title and its button's verb come from `label`. */
  label: string;
  name: string;
  consequence: string;
  typeName: boolean;
  onClose: () => void;
  /** Runs the action; a `failed` outcome keeps the dialog open with the fault. */
  run: () => Promise<ActionOutcome>;
  onDone: (outcome: ActionOutcome) => void;
  /** The request `run` sends, for the "API call" view. */
  request?: () => TaskRequest;
}

export default function ConfirmRowDialog({ label, name, consequence, typeName, onClose, run, onDone, request }: ConfirmRowDialogProps) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionOutcome['error']>();
  const canRun = !busy && (!typeName || typed === name);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!canRun) return;
    setBusy(true);
    setError(undefined);
    const outcome = await run();
    setBusy(false);
    if (outcome.state === 'complete') {
      onClose();
      onDone(outcome);
    } else setError(outcome.error ?? { reason: t('The engine refused'), detail: '' });
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="confirm-row-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="confirm-row-title">{`${label} ${name}?`}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>{consequence}</DialogContentText>
            {typeName ? (
              <TypeNameField name={name} typed={typed} onChange={setTyped} disabled={busy} autoFocus />
            ) : null}
            {error ? <ErrorAlert error={error} /> : null}
            {busy ? <LinearProgress aria-label={t('{{label}} in progress', { label })} /> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          {request ? <ApiCallButton request={request} disabled={busy} /> : null}
          <Button onClick={onClose} disabled={busy}>{t('Cancel')}</Button>
          <Button type="submit" variant="contained" color="error" disabled={!canRun}>{label}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
