// Confirms cancel / delete-now; the server's refusal shows inside the dialog, which stays open.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import ErrorAlert from '../../components/ErrorAlert';
import { t } from '../../i18n';

interface Props {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

export default function ConfirmActionDialog({ open, title, text, confirmLabel, pending, error, onConfirm, onClose }: Props) {
  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} aria-labelledby="sr-confirm-title">
      <DialogTitle id="sr-confirm-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{text}</DialogContentText>
        {error ? <ErrorAlert error={error} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>{t('Keep it')}</Button>
        <Button onClick={onConfirm} disabled={pending} color="error" variant="contained">{confirmLabel}</Button>
      </DialogActions>
    </Dialog>
  );
}
