// Create a bond from the NICs the user selected (guide 14.7.2.2, Example 14.14): a free bond name and the
// network it carries. The engine's refusal stays in the dialog beside the choices.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { performAction, type ActionOutcome } from '../../components/actions';
import type { XmlObject } from '../../xsd/parse';
import { createBondRequest, freeBondNames } from './hostNetworking';
import ErrorAlert from '../../components/ErrorAlert';
import { t } from '../../i18n';

export interface CreateBondDialogProps {
  host: XmlObject;
  nics: readonly XmlObject[];
  slaves: readonly XmlObject[];
  /** Networks of the host's cluster not yet attached on the host. */
  networks: readonly XmlObject[];
  onClose: () => void;
  onDone: () => void;
}

export default function CreateBondDialog({ host, nics, slaves, networks, onClose, onDone }: CreateBondDialogProps) {
  const names = freeBondNames(nics);
  const [name, setName] = useState<string>(names[0] ?? '');
  const [network, setNetwork] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionOutcome['error']>();
  const canRun = !busy && !!name && !!network && slaves.length >= 2;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!canRun) return;
    setBusy(true);
    setError(undefined);
    const outcome = await performAction(createBondRequest(host, name, network, slaves));
    setBusy(false);
    if (outcome.state === 'complete') {
      onClose();
      onDone();
    } else setError(outcome.error);
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="create-bond-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="create-bond-title">{t('Create bond')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>{t('Bond {{value}} into one interface.', { value: slaves.map((s) => String(s.name ?? s.id)).join(' and ') })}</DialogContentText>
            <TextField select label={t('Bond name')} value={name} onChange={(e) => setName(e.target.value)} disabled={busy} required
              helperText={names.length ? undefined : t('Every bond name (bond0 to bond4) is taken on this host')}>
              {names.map((n) => <MenuItem key={n} value={n}>{n}</MenuItem>)}
            </TextField>
            <TextField select label={t('Network')} value={network} onChange={(e) => setNetwork(e.target.value)} disabled={busy} required
              helperText={networks.length ? t('The logical network the bond carries') : t('Every network of the cluster is already attached')}>
              {networks.map((n) => <MenuItem key={String(n.id)} value={String(n.id)}>{String(n.name ?? n.id)}</MenuItem>)}
            </TextField>
            {error ? <ErrorAlert error={error} /> : null}
            {busy ? <LinearProgress aria-label={t('Creating the bond')} /> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>{t('Cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!canRun}>{t('Create bond')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
