// The newest warnings, errors and alerts (events search `severity>normal`, guide 25.4.1), followed with
// `from=`: the change feed passes them on (eventsFeed.ts FOLLOWED), else at the refresh interval.
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import QueryState from '../../components/QueryState';
import EventsList from '../../components/events/EventsList';
import { eventsFeedQuery } from '../../components/events/eventsFeed';
import { useRefreshInterval } from '../../query';
import { t } from '../../i18n';

export const ALERTS_CRITERIA = 'severity>normal';
const SHOWN = 8;

export default function RecentAlerts() {
  const interval = useRefreshInterval('followed');
  const feed = useQuery({ ...eventsFeedQuery(ALERTS_CRITERIA), refetchInterval: interval, refetchIntervalInBackground: true });
  return (
    <Card component="section" aria-labelledby="recent-alerts" variant="outlined">
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography id="recent-alerts" variant="subtitle1" component="h2">{t('Recent alerts')}</Typography>
          <Button component={RouterLink} to={`/events?q=${encodeURIComponent(ALERTS_CRITERIA)}`} size="small">{t('All events')}</Button>
        </Stack>
        <QueryState query={feed} label={t('Loading alerts')} isEmpty={(f) => f.events.length === 0}
          empty={<Typography color="text.secondary">{t('No warnings, errors or alerts.')}</Typography>}>
          {(f) => <EventsList label={t('Recent alerts')} events={f.events.slice(0, SHOWN)} showCorrelation={false} />}
        </QueryState>
      </CardContent>
    </Card>
  );
}
