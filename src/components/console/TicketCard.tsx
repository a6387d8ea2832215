// A console ticket as the helpdesk hands it over: the password with a copy button, a live countdown to its
// expiry, and the `.vv` file for remote-viewer built from the VM's display (downloaded, never stored).
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { XmlObject } from '../../xsd/parse';
import { downloadText, VV_MIME } from './download';
import type { ConsoleTicket } from './ticket';
import { formatDuration, useCountdown } from './useCountdown';
import { buildVvFile, vvFileName, VvError } from './vvFile';
import { t } from '../../i18n';

/** The `.vv` text for a VM and ticket; throws VvError when the VM has no console address. */
export function vvFor(vm: XmlObject, ticket: ConsoleTicket): string {
  return buildVvFile({ vmName: String(vm.name ?? vm.id), display: vm.display ?? {}, password: ticket.value });
}

export function downloadVv(vm: XmlObject, ticket: ConsoleTicket): void {
  downloadText(vvFileName(String(vm.name ?? vm.id)), vvFor(vm, ticket), VV_MIME);
}

export default function TicketCard({ vm, ticket }: { vm: XmlObject; ticket: ConsoleTicket }) {
  const left = useCountdown(ticket.expiresAt);
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  const [error, setError] = useState<string>();
  const name = String(vm.name ?? vm.id);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(ticket.value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  const download = () => {
    setError(undefined);
    try {
      downloadVv(vm, ticket);
    } catch (e) {
      setError(e instanceof VvError ? e.message : String(e));
    }
  };
  const expired = left <= 0;
  return (
    <Stack spacing={1.5} aria-label={t('Console ticket for {{name}}', { name })} role="region">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField label={t('Console password (ticket)')} value={ticket.value} size="small" disabled={expired}
          slotProps={{ htmlInput: { readOnly: true, style: { fontFamily: 'monospace' } } }} sx={{ minWidth: 280 }}
          onFocus={(e) => e.target.select()} />
        <Button startIcon={<ContentCopyIcon />} onClick={copy} disabled={expired}>{t('Copy')}</Button>
        <Button startIcon={<DownloadIcon />} variant="contained" onClick={download} disabled={expired}>{t('Download .vv')}</Button>
      </Stack>
      <Typography role="timer" aria-label={t('Ticket expiry')} color={expired ? 'error' : left < 30 ? 'warning.main' : 'text.secondary'}>
        {expired ? t('Expired: issue a new ticket.') : t('Expires in {{left}}', { left: formatDuration(left) })}
      </Typography>
      {copied ? <Typography role="status" variant="body2">{copied === 'yes' ? t('Copied to the clipboard.') : t('Copying failed: select the password and copy it.')}</Typography> : null}
      {error ? <Alert severity="error" role="alert">{error}</Alert> : null}
    </Stack>
  );
}
