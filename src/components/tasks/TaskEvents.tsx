// The engine's events that carry a task's Correlation-Id (guide 7.4.10; events search field
// `correlation_id`), followed with `from=` while the task runs and shortly after it ends.
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { term } from '../../api';
import { isFinished, type Task } from '../../tasks';
import ErrorAlert from '../ErrorAlert';
import EventsList from '../events/EventsList';
import { eventsFeedQuery } from '../events/eventsFeed';
import { t } from '../../i18n';

/** Events can follow the end of a task (the engine logs after it answers): keep looking this long. */
const AFTER_END = 30_000;

export default function TaskEvents({ task }: { task: Task }) {
  // A function: evaluated again after every poll, so polling stops by itself once the task is long over.
  const recent = () => !isFinished(task) || Date.now() - (task.finishedAt ?? 0) < AFTER_END;
  const q = useQuery({ ...eventsFeedQuery(term('correlation_id', task.id)), refetchInterval: () => (recent() ? 2_000 : false) });
  if (q.error && !q.data) return <ErrorAlert severity="warning" title={t('Events could not be read')} error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Typography variant="body2" color="text.secondary">{t('Looking for events…')}</Typography>;
  if (!q.data.events.length) return <Typography variant="body2" color="text.secondary">{t('No events with this correlation id yet.')}</Typography>;
  return <EventsList label={t('Events of {{label}}', { label: task.label })} events={q.data.events} showCorrelation={false} />;
}
