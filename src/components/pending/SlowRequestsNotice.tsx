// Says, inside the layout, when the engine takes more than a few seconds to answer: which request, for how
// long, and a Cancel that stops waiting (the page then shows the error with Retry). A request that
// reaches its time limit is abandoned by the transport with a clear error.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { pendingRequests, type PendingRequest } from '../../api';
import { t } from '../../i18n';

export const SLOW_AFTER_MS = 3_000;
const SHOWN = 3;

function usePending(): readonly PendingRequest[] {
  return useSyncExternalStore(pendingRequests.subscribe, pendingRequests.list, pendingRequests.list);
}

/** The wall clock, ticking each second while `active`. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [active]);
  return now;
}

const seconds = (ms: number) => `${Math.max(0, Math.floor(ms / 1000))} s`;
const shortPath = (p: string) => (p.length > 70 ? `${p.slice(0, 67)}…` : p);

export default function SlowRequestsNotice() {
  const pending = usePending();
  const now = useNow(pending.length > 0);
  const slow = pending.filter((r) => now - r.startedAt >= SLOW_AFTER_MS);
  if (slow.length === 0) return null;
  const cancelAll = () => slow.forEach((r) => r.cancel());
  return (
    <Alert severity="info" role="status" aria-live="polite" sx={{ mb: 2 }}
      action={<Button color="inherit" size="small" onClick={cancelAll}>{slow.length > 1 ? t('Cancel all') : t('Cancel')}</Button>}>
      <AlertTitle>{t('The engine is slow to answer')}</AlertTitle>
      <Stack spacing={0.25}>
        {slow.slice(0, SHOWN).map((r) => (
          <Typography key={r.id} variant="body2" data-testid="slow-request">
            {t('Waiting {{elapsed}} for {{request}} (gives up after {{limit}})', {
              elapsed: seconds(now - r.startedAt), request: `${r.method} ${shortPath(r.path)}`, limit: seconds(r.timeoutMs),
            })}
          </Typography>
        ))}
        {slow.length > SHOWN ? <Typography variant="body2">{t('and {{n}} more', { n: slow.length - SHOWN })}</Typography> : null}
      </Stack>
    </Alert>
  );
}
