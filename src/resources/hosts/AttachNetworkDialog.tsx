// Attach a logical network to one host NIC (guide 14.7.2.3.1, Example 14.17). The engine's refusal stays
// in the dialog beside the choice.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { performAction, type ActionOutcome } from '../../components/actions';
import type { XmlObject } from '../../xsd/parse';
import { attachNetworkRequest } from './hostNetworking';
import ErrorAlert from '../../components/ErrorAlert';
import { t } from '../../i18n';

export interface AttachNetworkDialogProps {
  host: XmlObject;
  nic: XmlObject;
  /** Networks of the host's cluster not yet attached on the host. */
  networks: readonly XmlObject[];
  onClose: () => void;
  onDone: () => void;
}

export default function AttachNetworkDialog({ host, nic, networks, onClose, onDone }: AttachNetworkDialogProps) {
  const [network, setNetwork] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionOutcome['error']>();
  const chosen = networks.find((n) => String(n.id) === network);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen || busy) return;
    setBusy(true);
    setError(undefined);
    const outcome = await performAction(attachNetworkRequest(host, nic, chosen));
    setBusy(false);
    if (outcome.state === 'complete') {
      onClose();
      onDone();
    } else setError(outcome.error);
  };
  const nicName = String(nic.name ?? nic.id);
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="attach-network-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="attach-network-title">{t('Attach a network to {{nicName}}', { nicName })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField select label={t('Network')} value={network} onChange={(e) => setNetwork(e.target.value)} disabled={busy} required
              helperText={networks.length ? undefined : t('Every network of the cluster is already attached')}>
              {networks.map((n) => <MenuItem key={String(n.id)} value={String(n.id)}>{String(n.name ?? n.id)}</MenuItem>)}
            </TextField>
            {error ? <ErrorAlert error={error} /> : null}
            {busy ? <LinearProgress aria-label={t('Attaching the network')} /> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>{t('Cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!chosen || busy}>{t('Attach')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
