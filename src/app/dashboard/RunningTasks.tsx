// The tasks still running in this session (the task panel has every task and its events).
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import StatusChip from '../../components/StatusChip';
import { formatElapsed, useNow } from '../../components/tasks/useNow';
import { isFinished, useTasks } from '../../tasks';
import { t } from '../../i18n';

export default function RunningTasks() {
  const tasks = useTasks();
  const running = tasks.filter((t) => !isFinished(t));
  const now = useNow(running.length > 0);
  const failed = tasks.filter((t) => t.state === 'failed').length;
  return (
    <Card component="section" aria-labelledby="running-tasks" variant="outlined">
      <CardContent>
        <Typography id="running-tasks" variant="subtitle1" component="h2">{t('Running tasks')}</Typography>
        {running.length === 0 ? (
          <Typography color="text.secondary">{t('Nothing running.')}{failed ? t(' {{failed}} failed this session (see Tasks).', { failed }) : ''}</Typography>
        ) : (
          <List dense aria-label={t('Running tasks')}>
            {running.map((t) => (
              <ListItem key={t.id} secondaryAction={<StatusChip state={t.state === 'running' ? 'pending' : t.state} />}>
                <ListItemText primary={t.label} secondary={formatElapsed(now - t.startedAt)} />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
