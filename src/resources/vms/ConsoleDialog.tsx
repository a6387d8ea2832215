// The console hand-over (ticket, countdown, .vv file, who is connected) from the VM page.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import ConsolePanel from '../../components/console/ConsolePanel';
import type { XmlObject } from '../../xsd/parse';
import { vmName } from './vmRequests';
import { t } from '../../i18n';

export default function ConsoleDialog({ vm, open, onClose }: { vm: XmlObject; open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{t('Console of {{vm}}', { vm: vmName(vm) })}</DialogTitle>
      <DialogContent>{open ? <ConsolePanel vm={vm} /> : null}</DialogContent>
      <DialogActions><Button onClick={onClose}>{t('Close')}</Button></DialogActions>
    </Dialog>
  );
}
