// Remove one permission (guide 7.4.4: DELETE the permission's href), after saying exactly what goes.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { apiPath } from '../../api';
import { performAction } from '../actions/runAction';
import ApiCallButton from '../apicall/ApiCallButton';
import ErrorAlert from '../ErrorAlert';

export interface PermissionRow { href: string; role: string; holder: string }

interface Props {
  row: PermissionRow | null;
  onClose: () => void;
  /** After the engine confirmed the change. */
  onDone?: () => void;
  target: { collection: string; id: string; name: string };
}

export default function RemovePermissionDialog({ row, onClose, onDone, target }: Props) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const close = () => { setError(null); onClose(); };
  const request = (r: PermissionRow) => ({ label: `Remove ${r.role} of ${r.holder} on ${target.name}`, method: 'DELETE' as const, path: apiPath(r.href), target });
  const remove = async () => {
    if (!row) return;
    setBusy(true);
    setError(null);
    const outcome = await performAction(request(row));
    setBusy(false);
    if (outcome.state === 'failed') {
      setError(outcome.error);
      return;
    }
    onDone?.();
    close();
  };
  return (
    <Dialog open={!!row} onClose={busy ? undefined : close} aria-labelledby="remove-permission-title">
      <DialogTitle id="remove-permission-title">Remove permission</DialogTitle>
      <DialogContent>
        {error ? <ErrorAlert error={error} /> : null}
        <DialogContentText>
          {row ? `${row.holder} will lose the role ${row.role} on ${target.name}.` : ''}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        {row ? <ApiCallButton request={() => request(row)} disabled={busy} /> : null}
        <Button onClick={close} disabled={busy}>Cancel</Button>
        <Button color="error" variant="contained" onClick={() => void remove()} disabled={busy}>{busy ? 'Removing…' : 'Remove'}</Button>
      </DialogActions>
    </Dialog>
  );
}
