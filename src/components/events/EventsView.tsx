// The events of one search, followed live (`from=` polls at the refresh interval, or through the change
// feed: eventsFeed.ts), with older pages on demand and removal. Used by the events page and by every
// entity's events tab.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { keys, useRefreshInterval } from '../../query';
import type { XmlObject } from '../../xsd/parse';
import ErrorAlert from '../ErrorAlert';
import QueryState from '../QueryState';
import EventsList from './EventsList';
import RemoveEventDialog from './RemoveEventDialog';
import { dropRemovedEvents, eventsFeedQuery, feedCadence, loadOlderEvents } from './eventsFeed';
import { t } from '../../i18n';

/** `checkRemoved`: the events page finds events someone else removed at each refresh (one more read). */
interface Props { criteria: string; label?: string; removable?: boolean; checkRemoved?: boolean }

export default function EventsView({ criteria, label = 'Events', removable = true, checkRemoved = false }: Props) {
  const client = useQueryClient();
  const cadence = feedCadence(criteria);
  const interval = useRefreshInterval(cadence ?? 'changes');
  // Every event: the layout's change feed polls this very query; a second timer would poll it twice.
  const feed = useQuery({ ...eventsFeedQuery(criteria), refetchInterval: cadence ? interval : false, refetchIntervalInBackground: true });
  const changes = useRefreshInterval('changes');
  useQuery({
    queryKey: keys.feedCheck('events', criteria), queryFn: ({ signal }) => dropRemovedEvents(client, criteria, signal),
    enabled: checkRemoved && feed.isSuccess, refetchInterval: changes, refetchIntervalInBackground: false, staleTime: 0,
  });
  const [removing, setRemoving] = useState<XmlObject>();
  const [older, setOlder] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const loadOlder = async () => {
    setOlder({ busy: true });
    try {
      await loadOlderEvents(client, criteria);
      setOlder({ busy: false });
    } catch (error) {
      setOlder({ busy: false, error });
    }
  };
  return (
    <QueryState query={feed} label={t('Loading {{value}}', { value: label.toLowerCase() })} isEmpty={(f) => f.events.length === 0}
      empty={<Typography color="text.secondary">{t('No events match.')}</Typography>}>
      {(f) => (
        <Stack spacing={1}>
          <EventsList label={label} events={f.events} onRemove={removable ? setRemoving : undefined} />
          {older.error ? <ErrorAlert error={older.error} onRetry={loadOlder} /> : null}
          {f.hasOlder ? (
            <Button onClick={loadOlder} disabled={older.busy} sx={{ alignSelf: 'center' }}>{t('Load older events')}</Button>
          ) : (
            <Typography variant="body2" color="text.secondary" align="center">{t('Beginning of the log ({{length}} shown)', { length: f.events.length })}</Typography>
          )}
          <RemoveEventDialog event={removing} onClose={() => setRemoving(undefined)} />
        </Stack>
      )}
    </QueryState>
  );
}
