// The task panel: every change the user asked for this session (it survives a reload: taskStore keeps
// it in sessionStorage), newest first.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { isFinished, taskStore, useTasks } from '../../tasks';
import TaskItem from './TaskItem';
import { t } from '../../i18n';

export default function TaskPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const tasks = useTasks();
  return (
    <Drawer anchor="right" open={open} onClose={onClose} slotProps={{ paper: { role: 'dialog', 'aria-label': t('Tasks'), sx: { width: { xs: '100%', sm: 460 } } } }}>
      <Toolbar />{/* the app bar stays above the panel, with its Tasks button */}
      <Box sx={{ p: 2, overflowY: 'auto' }}>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
          <Typography variant="h6" component="h2">{t('Tasks')}</Typography>
          <Box>
            <Button size="small" onClick={() => taskStore.clearFinished()} disabled={!tasks.some(isFinished)}>{t('Clear finished')}</Button>
            <IconButton aria-label={t('Close tasks')} onClick={onClose}><CloseIcon /></IconButton>
          </Box>
        </Stack>
        {tasks.length === 0 ? (
          <Typography color="text.secondary">{t('No tasks yet. Changes you make appear here with their progress.')}</Typography>
        ) : (
          <Box component="ul" aria-label={t('Task list')} sx={{ p: 0, m: 0 }}>
            {tasks.map((t) => <TaskItem key={t.id} task={t} />)}
          </Box>
        )}
      </Box>
    </Drawer>
  );
}
