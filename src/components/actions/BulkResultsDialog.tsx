// Per-item results of a bulk action: done, failed with the engine's reason, or still running; "Retry failed"
// runs the action again on the failed items only.
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { BulkItem } from './runBulk';
import { t } from '../../i18n';

export interface BulkResultsDialogProps {
  open: boolean;
  /** "Deactivate 3 hosts". */
  title: string;
  items: BulkItem[];
  onRetryFailed: () => void;
  onClose: () => void;
}

const STATE_TEXT: Record<BulkItem['state'], string> = { queued: 'Queued', running: 'Running', complete: 'Done', failed: 'Failed' };

function StateIcon({ state }: { state: BulkItem['state'] }) {
  if (state === 'complete') return <CheckCircleIcon color="success" />;
  if (state === 'failed') return <ErrorIcon color="error" />;
  if (state === 'running') return <CircularProgress size={20} />;
  return <HourglassEmptyIcon color="disabled" />;
}

export default function BulkResultsDialog({ open, title, items, onRetryFailed, onClose }: BulkResultsDialogProps) {
  const running = items.some((i) => i.state === 'queued' || i.state === 'running');
  const failed = items.filter((i) => i.state === 'failed').length;
  const done = items.filter((i) => i.state === 'complete').length;
  return (
    <Dialog open={open} onClose={running ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="bulk-results-title">
      <DialogTitle id="bulk-results-title">{title}</DialogTitle>
      <DialogContent>
        <Typography role="status" aria-live="polite" sx={{ mb: 1 }}>
          {running ? t('Running: {{value}} of {{length}} finished', { value: done + failed, length: items.length }) : t('{{done}} done, {{failed}} failed', { done, failed })}
        </Typography>
        <List dense aria-label={t('Results')}>
          {items.map((i) => (
            <ListItem key={i.key} aria-label={`${i.name}: ${STATE_TEXT[i.state]}`}>
              <ListItemIcon><StateIcon state={i.state} /></ListItemIcon>
              <ListItemText
                primary={`${i.name} — ${STATE_TEXT[i.state]}`}
                secondary={i.error ? [i.error.reason, i.error.detail].filter(Boolean).join(': ') : undefined}
                slotProps={{ secondary: { color: 'error' } }}
              />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        {failed && !running ? <Button onClick={onRetryFailed}>{t('Retry failed')}</Button> : null}
        <Button onClick={onClose} disabled={running} variant="contained">{t('Close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
