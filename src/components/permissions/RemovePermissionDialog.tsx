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
import { t } from '../../i18n';

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
  const request = (r: PermissionRow) => ({ label: t('Remove {{role}} of {{holder}} on {{name}}', { role: r.role, holder: r.holder, name: target.name }), method: 'DELETE' as const, path: apiPath(r.href), target });
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
      <DialogTitle id="remove-permission-title">{t('Remove permission')}</DialogTitle>
      <DialogContent>
        {error ? <ErrorAlert error={error} /> : null}
        <DialogContentText>
          {row ? t('{{holder}} will lose the role {{role}} on {{name}}.', { holder: row.holder, role: row.role, name: target.name }) : ''}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        {row ? <ApiCallButton request={() => request(row)} disabled={busy} /> : null}
        <Button onClick={close} disabled={busy}>{t('Cancel')}</Button>
        <Button color="error" variant="contained" onClick={() => void remove()} disabled={busy}>{busy ? t('Removing…') : t('Remove')}</Button>
      </DialogActions>
    </Dialog>
  );
}
