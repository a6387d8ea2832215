// The shell of the VM page's own dialogs (run once, migrate, export, disk and snapshot operations): the
// fields, then the engine's fault inside the dialog beside what the user chose (which stays), progress while
// the engine works, and Cancel locked meanwhile. The request goes through runTask (task panel).
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useState, type FormEvent, type ReactNode } from 'react';
import { performAction, type ActionOutcome } from '../../components/actions';
import type { TaskRequest } from '../../tasks';
import ApiCallButton from '../../components/apicall/ApiCallButton';
import ErrorAlert from '../../components/ErrorAlert';
import TaskProgress, { type TaskPhase } from '../../components/actions/TaskProgress';
import { t } from '../../i18n';

export interface TaskDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  onClose: () => void;
  /** The request to send, or a message saying what is missing. */
  request: () => TaskRequest | string;
  onDone?: () => void;
  danger?: boolean;
  disabled?: boolean;
  children?: ReactNode;
}

export default function TaskDialog({ open, title, submitLabel, onClose, request, onDone, danger, disabled, children }: TaskDialogProps) {
  const [phase, setPhase] = useState<TaskPhase>('edit');
  const [error, setError] = useState<ActionOutcome['error']>();
  const busy = phase !== 'edit';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const req = request();
    if (typeof req === 'string') {
      setError({ reason: req, detail: '' });
      return;
    }
    setError(undefined);
    setPhase('sending');
    const outcome = await performAction(req, () => setPhase('waiting'));
    setPhase('edit');
    if (outcome.state === 'complete') {
      onClose();
      onDone?.();
    } else setError(outcome.error);
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
            {error ? <ErrorAlert error={error} /> : null}
            <TaskProgress phase={phase} label={submitLabel} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <ApiCallButton request={request} disabled={busy} />
          <Button onClick={onClose} disabled={busy}>{t('Cancel')}</Button>
          <Button type="submit" variant="contained" color={danger ? 'error' : 'primary'} disabled={busy || disabled}>{submitLabel}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
