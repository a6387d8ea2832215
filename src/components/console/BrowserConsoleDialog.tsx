// The in-browser console in a dialog (loaded lazily from the console panel, so noVNC stays out of the initial bundle).
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { XmlObject } from '../../xsd/parse';
import VncConsole from './VncConsole';
import { t } from '../../i18n';

export default function BrowserConsoleDialog({ vm, expiry, onClose }: { vm: XmlObject; expiry: number; onClose: () => void }) {
  const name = String(vm.name ?? vm.id);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="browser-console-title">
      <DialogTitle id="browser-console-title">{t('Browser console of {{name}}', { name })}</DialogTitle>
      <DialogContent sx={{ height: '75vh' }}><VncConsole vm={vm} expiry={expiry} /></DialogContent>
      <DialogActions>
        <Button href={`/vms/${encodeURIComponent(String(vm.id))}/console`} target="_blank" rel="noopener">{t('Open in a new tab')}</Button>
        <Button onClick={onClose}>{t('Close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
