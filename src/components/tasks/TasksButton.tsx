// The app bar's Tasks button: a badge with the number of running tasks; opens the task panel.
import Badge from '@mui/material/Badge';
import Button from '@mui/material/Button';
import { useEffect, useState } from 'react';
import { isFinished, resumeTasks, useTasks } from '../../tasks';
import TaskPanel from './TaskPanel';
import { t } from '../../i18n';

export default function TasksButton() {
  const [open, setOpen] = useState(false);
  const running = useTasks().filter((t) => !isFinished(t)).length;
  useEffect(() => resumeTasks(), []);
  return (
    <>
      <Button color="inherit" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-label={running ? t('Tasks, {{running}} running', { running }) : t('Tasks')} sx={{ mr: 1 }}>
        <Badge badgeContent={running} color="secondary" sx={{ '& .MuiBadge-badge': { right: -12 } }}>{t('Tasks')}</Badge>
      </Button>
      <TaskPanel open={open} onClose={() => setOpen(false)} />
    </>
  );
}
