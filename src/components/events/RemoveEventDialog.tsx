// Confirms and removes one event (guide 25.4: DELETE /events/{id}); the engine's refusal stays in the dialog.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { runTask, taskStore } from '../../tasks';
import type { XmlObject } from '../../xsd/parse';
import ApiCallButton from '../apicall/ApiCallButton';
import ErrorAlert from '../ErrorAlert';
import { forgetEvent } from './eventsFeed';
import { t } from '../../i18n';

interface Props { event: XmlObject | undefined; onClose: () => void }

export default function RemoveEventDialog({ event, onClose }: Props) {
  const client = useQueryClient();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const id = String(event?.id ?? '');
  const close = () => {
    setError(undefined);
    onClose();
  };
  const request = () => ({ label: t('Remove event {{id}}', { id }), method: 'DELETE' as const, path: String(event?.href ?? `/events/${id}`), target: { collection: 'events', id } });
  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const task = await runTask(request());
      if ((await task.done) === 'failed') {
        const f = taskStore.get(task.id)?.error;
        throw new Error(f ? `${f.reason} ${f.detail}`.trim() : 'The engine did not remove the event');
      }
      forgetEvent(client, id);
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={!!event} onClose={close} aria-labelledby="remove-event-title">
      <DialogTitle id="remove-event-title">{t('Remove event {{id}}?', { id })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{String(event?.description ?? '')}</DialogContentText>
        {error ? <ErrorAlert error={error} /> : null}
      </DialogContent>
      <DialogActions>
        <ApiCallButton request={request} disabled={busy} />
        <Button onClick={close}>{t('Cancel')}</Button>
        <Button color="error" variant="contained" onClick={remove} disabled={busy}>{t('Remove')}</Button>
      </DialogActions>
    </Dialog>
  );
}
