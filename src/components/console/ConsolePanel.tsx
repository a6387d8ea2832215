// One VM's console hand-over: who is connected, the ticket's lifetime, then one click for a ticket and its
// `.vv` file. The ticket stays in this component's state only and is gone when it unmounts.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';
import { CONSOLE_STATES } from '../../schema/actions/vms';
import type { XmlObject } from '../../xsd/parse';
import { errorText } from '../ErrorAlert';
import { humanize } from '../format';
import StatusChip from '../StatusChip';
import ConsoleSessions from './ConsoleSessions';
import ExpirySelect from './ExpirySelect';
import TicketCard, { downloadVv } from './TicketCard';
import { issueTicket, type ConsoleTicket } from './ticket';
import ErrorAlert from '../ErrorAlert';
import { t } from '../../i18n';

export const DEFAULT_EXPIRY = 300;
const BrowserConsoleDialog = lazy(() => import('./BrowserConsoleDialog'));

export default function ConsolePanel({ vm }: { vm: XmlObject }) {
  const [expiry, setExpiry] = useState(DEFAULT_EXPIRY);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<{ ticket: ConsoleTicket; vm: XmlObject }>();
  const [error, setError] = useState<{ reason: string; detail: string }>();
  const [inBrowser, setInBrowser] = useState(false);
  const state = String(vm.status?.state ?? '');
  const canConsole = (CONSOLE_STATES as readonly string[]).includes(state);
  const display = vm.display ?? {};

  const issue = async (thenDownload: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await issueTicket(vm, expiry);
      setIssued(result);
      if (thenDownload) downloadVv(result.vm, result.ticket);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <StatusChip state={state} />
        <Typography variant="body2">
          {display.type ? t('{{value}} console', { value: String(display.type).toUpperCase() }) : t('No display')}
          {display.address ? t(' at {{address}}:{{value}}', { address: display.address, value: display.secure_port ?? display.port ?? '' }) : ''}
        </Typography>
      </Stack>
      <ConsoleSessions vmId={String(vm.id)} />
      {!canConsole ? (
        <Alert severity="info">{t('The virtual machine is')} {humanize(state).toLowerCase() || t('not running')}{t(': a console needs it running.')}</Alert>
      ) : (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <ExpirySelect value={expiry} onChange={setExpiry} disabled={busy} />
          {display.type === 'vnc' ? <Button variant="contained" onClick={() => setInBrowser(true)} disabled={busy}>{t('Open console in the browser')}</Button> : null}
          <Button variant="contained" onClick={() => issue(true)} disabled={busy}>{t('Get console file (.vv)')}</Button>
          <Button onClick={() => issue(false)} disabled={busy}>{t('Issue ticket only')}</Button>
        </Stack>
      )}
      {busy ? <LinearProgress aria-label={t('Issuing ticket')} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {display.type === 'spice' && canConsole ? (
        <Alert severity="info" role="status">{t('This VM’s display is SPICE: the browser console speaks VNC only, so use the .vv file with remote-viewer.')}</Alert>
      ) : null}
      {inBrowser ? <Suspense fallback={<LinearProgress aria-label={t('Loading console')} />}><BrowserConsoleDialog vm={vm} expiry={expiry} onClose={() => setInBrowser(false)} /></Suspense> : null}
      {issued ? <TicketCard key={issued.ticket.value} vm={issued.vm} ticket={issued.ticket} /> : null}
    </Stack>
  );
}
