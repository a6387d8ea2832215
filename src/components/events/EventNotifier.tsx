// Errors and alerts from the engine as notifications (a Snackbar with a short stack, text only), and the
// do-not-disturb switch for the app bar. The feed is filled by the change feed (useChangeFeed), so it
// costs no polling of its own while that works; while do-not-disturb is on it is not read at all.
import NotificationsIcon from '@mui/icons-material/Notifications';
import NotificationsOffIcon from '@mui/icons-material/NotificationsOff';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useRefreshInterval } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import { formatDate, humanize } from '../format';
import { eventsFeedQuery, newestId } from './eventsFeed';
import { NOTIFY_CRITERIA, newSince } from './notifications';
import { setDoNotDisturb, useDoNotDisturb } from './useDoNotDisturb';
import { t } from '../../i18n';

const SHOWN = 3;
const HIDE_AFTER = 10_000;

export default function EventNotifier() {
  const dnd = useDoNotDisturb();
  const interval = useRefreshInterval('followed');
  const feed = useQuery({ ...eventsFeedQuery(NOTIFY_CRITERIA), enabled: !dnd, refetchInterval: interval, refetchIntervalInBackground: true });
  const baseline = useRef<number | undefined>(undefined);
  const [queue, setQueue] = useState<XmlObject[]>([]);

  useEffect(() => {
    const events = feed.data?.events;
    if (!events) return;
    if (baseline.current === undefined) {
      baseline.current = newestId(events);
      return;
    }
    const fresh = newSince(events, baseline.current);
    if (!fresh.length) return;
    baseline.current = newestId(events);
    if (!dnd) setQueue((q) => [...q, ...fresh].slice(-20));
  }, [feed.data, dnd]);

  useEffect(() => {
    if (!queue.length) return;
    const t = setTimeout(() => setQueue((q) => q.slice(1)), HIDE_AFTER);
    return () => clearTimeout(t);
  }, [queue]);

  const dismiss = (id: unknown) => setQueue((q) => q.filter((e) => e.id !== id));
  const toggle = () => {
    setDoNotDisturb(!dnd);
    if (!dnd) setQueue([]);
  };
  return (
    <>
      <Tooltip title={dnd ? t('Do not disturb is on: errors and alerts are not shown') : t('Do not disturb')}>
        <IconButton color="inherit" aria-label={t('Do not disturb')} aria-pressed={dnd} onClick={toggle} sx={{ mr: 1 }}>
          {dnd ? <NotificationsOffIcon /> : <NotificationsIcon />}
        </IconButton>
      </Tooltip>
      <Snackbar open={queue.length > 0} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}>
        <Stack spacing={1} aria-label={t('Notifications')}>
          {queue.slice(0, SHOWN).map((e) => (
            <Alert key={String(e.id)} severity={e.severity === 'alert' ? 'error' : 'warning'} variant="filled" onClose={() => dismiss(e.id)} sx={{ maxWidth: 480 }}>
              <AlertTitle>{humanize(e.severity)} · {formatDate(e.time)}</AlertTitle>
              {String(e.description ?? '')}
            </Alert>
          ))}
          {queue.length > SHOWN ? <Alert severity="info" variant="filled">{queue.length - SHOWN} {t('more on the events page')}</Alert> : null}
        </Stack>
      </Snackbar>
    </>
  );
}
