// "Set up networks" (guide 14.7.2.3, rsdl `/hosts/{host:id}/nics/setupnetworks`): every NIC and bond of the
// host with its networks; the admin places each network on an interface (or none), creates or breaks up bonds,
// reads the pending change and sends it as one setupnetworks request. The engine's refusal stays in the dialog
// with every choice kept.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { performAction, type ActionOutcome } from '../../components/actions';
import ErrorAlert from '../../components/ErrorAlert';
import type { XmlObject } from '../../xsd/parse';
import { t } from '../../i18n';
import { BOND_NAMES } from './hostNetworking';
import { breakBond, createBond, describeChanges, moveNetwork, setupNetworksRequest, slaveNames, type Layout } from './setupNetworksModel';

export interface SetupNetworksDialogProps {
  host: XmlObject;
  /** The host's layout as the engine reports it. */
  initial: Layout;
  /** Networks the host may carry (its cluster's). */
  networks: readonly XmlObject[];
  netName: (id: string) => string;
  onClose: () => void;
  onDone: () => void;
}

export default function SetupNetworksDialog({ host, initial, networks, netName, onClose, onDone }: SetupNetworksDialogProps) {
  const [layout, setLayoutState] = useState<Layout>(initial);
  const [bondSlaves, setBondSlaves] = useState<string[]>([]);
  const [check, setCheck] = useState(true);
  const [timeout, setTimeoutText] = useState('120');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionOutcome['error']>();
  const slaves = slaveNames(layout);
  const targets = layout.filter((i) => !slaves.has(i.name));
  const freeBond = BOND_NAMES.find((n) => !layout.some((i) => i.name === n));
  const placed = new Set(layout.flatMap((i) => i.networks));
  const unattached = networks.map((n) => String(n.id)).filter((id) => !placed.has(id));
  const changes = describeChanges(initial, layout, netName);
  const seconds = Number(timeout);
  const timeoutError = Number.isInteger(seconds) && seconds > 0 ? '' : t('Enter a whole number of seconds above 0');

  // A new edit answers the engine's last refusal: the fault goes, the choices stay.
  const setLayout = (next: Layout) => {
    setLayoutState(next);
    setError(undefined);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || timeoutError || !changes.length) return;
    setBusy(true);
    setError(undefined);
    const outcome = await performAction(setupNetworksRequest(host, layout, { checkConnectivity: check, timeoutSeconds: seconds }));
    setBusy(false);
    if (outcome.state === 'complete') {
      onClose();
      onDone();
    } else setError(outcome.error);
  };
  const place = (net: string, current: string) => (
    <TextField select size="small" value={current} disabled={busy} sx={{ minWidth: 140 }}
      label={t('Place of {{name}}', { name: netName(net) })} onChange={(e) => setLayout(moveNetwork(layout, net, e.target.value))}>
      <MenuItem value="">{t('Not attached')}</MenuItem>
      {targets.map((i) => <MenuItem key={i.name} value={i.name}>{i.name}</MenuItem>)}
    </TextField>
  );
  const toggleSlave = (name: string) => setBondSlaves((old) => (old.includes(name) ? old.filter((n) => n !== name) : [...old, name]));

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="md" aria-labelledby="setup-networks-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="setup-networks-title">{t('Set up networks on {{name}}', { name: String(host.name ?? host.id) })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Table size="small" aria-label={t('Interfaces and their networks')}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('Into a bond')}</TableCell>
                  <TableCell>{t('Interface')}</TableCell>
                  <TableCell>{t('Networks')}</TableCell>
                  <TableCell>{t('Bond')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {layout.map((i) => (
                  <TableRow key={i.name}>
                    <TableCell padding="checkbox">
                      {!i.slaves && !slaves.has(i.name) ? (
                        <Checkbox checked={bondSlaves.includes(i.name)} onChange={() => toggleSlave(i.name)} disabled={busy}
                          slotProps={{ input: { 'aria-label': t('Bond {{name}}', { name: i.name }) } }} />
                      ) : null}
                    </TableCell>
                    <TableCell>{i.name}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
                        {i.networks.map((net) => <span key={net}>{place(net, i.name)}</span>)}
                        {slaves.has(i.name) ? <Typography variant="body2" color="text.secondary">{t('In a bond')}</Typography> : null}
                      </Stack>
                    </TableCell>
                    <TableCell>
                      {i.slaves ? (
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                          <Typography variant="body2">{t('Bond of {{value}}', { value: i.slaves.join(', ') })}</Typography>
                          <Button size="small" color="error" disabled={busy} onClick={() => setLayout(breakBond(layout, i.name))}>{t('Break up {{name}}', { name: i.name })}</Button>
                        </Stack>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Button variant="outlined" disabled={busy || !bondSlaves.length || !freeBond}
                onClick={() => { setLayout(createBond(layout, freeBond!, bondSlaves)); setBondSlaves([]); }}>
                {t('Create {{name}} from the ticked NICs', { name: freeBond ?? 'bond' })}
              </Button>
              <Typography variant="body2" color="text.secondary">{t('A bond needs two or more NICs.')}</Typography>
            </Stack>
            {unattached.length ? (
              <Stack spacing={1}>
                <Typography variant="subtitle2" component="h3">{t('Unattached networks of the cluster')}</Typography>
                <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
                  {unattached.map((net) => <span key={net}>{place(net, '')}</span>)}
                </Stack>
              </Stack>
            ) : null}
            <Alert severity={changes.length ? 'info' : 'success'} aria-label={t('Pending change')}>
              {changes.length ? (
                <Stack component="ul" sx={{ m: 0, pl: 2 }}>{changes.map((c) => <li key={c}>{c}</li>)}</Stack>
              ) : t('Nothing changed yet.')}
            </Alert>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <FormControlLabel control={<Checkbox checked={check} onChange={(e) => setCheck(e.target.checked)} disabled={busy} />}
                label={t('Verify connectivity between host and engine')} />
              <TextField size="small" label={t('Rollback timeout (seconds)')} value={timeout} disabled={busy}
                onChange={(e) => setTimeoutText(e.target.value)} error={!!timeoutError} helperText={timeoutError || ' '}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
            </Stack>
            {error ? <ErrorAlert error={error} title={t('The engine did not set up the networks')} /> : null}
            {busy ? <LinearProgress aria-label={t('Setting up networks')} /> : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>{t('Cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy || !changes.length || !!timeoutError}>{t('OK')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
