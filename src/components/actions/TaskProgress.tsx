// While a dialog's request is out: sent and not yet answered, or accepted and waiting for the engine's result.
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';

export type TaskPhase = 'edit' | 'sending' | 'waiting';

export default function TaskProgress({ phase, label }: { phase: TaskPhase; label: string }) {
  if (phase === 'edit') return null;
  return (
    <Stack spacing={0.5} role="status" aria-live="polite">
      <LinearProgress aria-label={`${label} in progress`} />
      <span>{phase === 'sending' ? 'Sending to the engine…' : 'Waiting for the engine to finish…'}</span>
    </Stack>
  );
}
