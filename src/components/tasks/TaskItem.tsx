// One task: what was asked, on what (a link), its Correlation-Id, state with progress, elapsed time,
// the engine's reason when it failed (with Retry), and the events with its correlation id.
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { isFinished, taskStore, type Task } from '../../tasks';
import StatusChip from '../StatusChip';
import TaskEvents from './TaskEvents';
import { formatElapsed, useNow } from './useNow';
import { t } from '../../i18n';

const STATE_WORDS: Record<string, string> = { running: 'Sent', pending: 'Pending', in_progress: 'In progress', complete: 'Complete', failed: 'Failed' };

function targetLink(t: Task): { to: string; text: string } | undefined {
  if (!t.target) return undefined;
  const { collection, id, name } = t.target;
  if (!id || t.method === 'DELETE') return { to: `/${collection}`, text: name ?? collection };
  return { to: `/${collection}/${encodeURIComponent(id)}`, text: name ?? id };
}

export default function TaskItem({ task }: { task: Task }) {
  const finished = isFinished(task);
  const now = useNow(!finished);
  const [retrying, setRetrying] = useState(false);
  const retry = taskStore.retryOf(task.id);
  const link = targetLink(task);
  const onRetry = async () => {
    setRetrying(true);
    try {
      await retry?.();
    } catch {
      /* the new attempt is its own task and shows its own failure */
    } finally {
      setRetrying(false);
    }
  };
  return (
    <Box component="li" aria-label={t('Task {{label}}', { label: task.label })} sx={{ listStyle: 'none', borderBottom: 1, borderColor: 'divider', py: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle2">{task.label}</Typography>
        <Box aria-label={t('Task state')}><StatusChip state={task.state === 'running' ? 'pending' : task.state} /></Box>
      </Stack>
      <Typography variant="caption" component="div" color="text.secondary">
        {STATE_WORDS[task.state]} · {formatElapsed((task.finishedAt ?? now) - task.startedAt)}
        {link ? <> · <Link component={RouterLink} to={link.to}>{link.text}</Link></> : null}
      </Typography>
      <Typography variant="caption" component="div" sx={{ fontFamily: 'monospace' }} aria-label={t('Correlation id')}>{task.id}</Typography>
      {!finished ? <LinearProgress aria-label={t('{{label}} progress', { label: task.label })} sx={{ my: 0.5 }} /> : null}
      {task.error ? (
        <Alert severity="error" sx={{ mt: 0.5 }} action={retry ? <Button color="inherit" size="small" onClick={onRetry} disabled={retrying}>{t('Retry')}</Button> : undefined}>
          <div>{task.error.reason}</div>
          {task.error.detail ? <div>{task.error.detail}</div> : null}
        </Alert>
      ) : null}
      <Accordion disableGutters elevation={0} sx={{ '&:before': { display: 'none' }, bgcolor: 'transparent' }} slotProps={{ transition: { unmountOnExit: true } }}>
        <AccordionSummary expandIcon={<ExpandMoreIcon />} sx={{ minHeight: 0, px: 0 }}>
          <Typography variant="body2">{t('Engine events')}</Typography>
        </AccordionSummary>
        <AccordionDetails sx={{ px: 0 }}><TaskEvents task={task} /></AccordionDetails>
      </Accordion>
    </Box>
  );
}
