// While a dialog's request is out: sent and not yet answered, or accepted and waiting for the engine's result.
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { t } from '../../i18n';

export type TaskPhase = 'edit' | 'sending' | 'waiting';

export default function TaskProgress({ phase, label }: { phase: TaskPhase; label: string }) {
  if (phase === 'edit') return null;
  return (
    <Stack spacing={0.5} role="status" aria-live="polite">
      <LinearProgress aria-label={t('{{label}} in progress', { label })} />
      <span>{phase === 'sending' ? t('Sending to the engine…') : t('Waiting for the engine to finish…')}</span>
    </Stack>
  );
}
